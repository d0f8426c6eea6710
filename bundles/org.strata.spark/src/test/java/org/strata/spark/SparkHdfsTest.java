package org.strata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.DFSTestUtil;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.DedupRequest;

/**
 * The job reads its inputs from, and writes its outputs to, a real HDFS (Hadoop's MiniDFSCluster: a NameNode and a
 * DataNode in this JVM), and finds there what it finds in the same files on the local disk.
 */
class SparkHdfsTest {
    static SparkSession spark;
    static MiniDFSCluster dfs;
    static FileSystem fs;
    static String hdfs;
    @TempDir static Path base;

    @BeforeAll
    static void start() throws Exception {
        dfs = TestHdfs.start(base);
        fs = dfs.getFileSystem();
        hdfs = dfs.getURI().toString();
        spark = StrataSpark.session("local[2]", "test");
        // a block that no DataNode has fails after one short wait, not after the client's default back-off of seconds
        spark.sparkContext().hadoopConfiguration().set("dfs.client.retry.window.base", "1");
        spark.sparkContext().hadoopConfiguration().set("dfs.client.max.block.acquire.failures", "1");
    }

    @AfterAll
    static void stop() throws Exception {
        spark.close();
        FileSystem.closeAll();
        dfs.close();
    }

    private static org.apache.hadoop.fs.Path at(String name) {
        return new org.apache.hadoop.fs.Path(hdfs + name);
    }

    /** Each passage by its file's name and place: text, tokens, language, cluster and status. */
    private static Map<String, String> passages(String out) {
        Map<String, String> m = new TreeMap<>();
        for (Row r : spark.read().parquet(out + "/passages").collectAsList()) {
            String source = r.getAs("source");
            m.put(source.substring(source.lastIndexOf('/') + 1) + "#" + r.getAs("seq"), r.getAs("tokens") + "|" + r.getAs("language") + "|"
                    + r.getAs("cluster") + "|" + r.getAs("status") + "|" + r.getAs("text"));
        }
        return m;
    }

    @Test
    void filesInHdfsGiveThePassagesAndClustersTheSameFilesGiveOnDisk() throws Exception {
        Path local = TestFiles.make(base.resolve("files"));
        fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), at("/in"));
        fs.create(at("/in/.hidden.txt")).close(); // a hidden name, left out as Hadoop's own inputs leave it

        SparkIngest.Summary onDisk = SparkIngest.run(spark, List.of(local.toString()), base.resolve("local-out").toString(), 0, DedupRequest.defaults());
        SparkIngest.Summary inHdfs = SparkIngest.run(spark, List.of(hdfs + "/in"), hdfs + "/out", 0, DedupRequest.defaults());

        assertEquals(List.of(onDisk.documents(), onDisk.passages(), onDisk.duplicates(), onDisk.failed(), onDisk.skipped(), onDisk.nearDuplicates(),
                onDisk.clusters()), List.of(inHdfs.documents(), inHdfs.passages(), inHdfs.duplicates(), inHdfs.failed(), inHdfs.skipped(),
                        inHdfs.nearDuplicates(), inHdfs.clusters()), inHdfs.line());
        assertEquals(passages(base.resolve("local-out").toString()), passages(hdfs + "/out"));
        assertTrue(fs.exists(at("/out/summary.txt")) && fs.exists(at("/out/problems")));
        String problems = spark.read().parquet(hdfs + "/out/problems").collectAsList().toString();
        assertTrue(problems.contains(hdfs + "/in/broken.pdf") && problems.contains(hdfs + "/in/empty.txt,skipped,empty file"), problems);
    }

    @Test
    void aCollectionInHdfsIsReadAsOnDisk() throws Exception {
        Path jsonl = base.resolve("docs.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < TestFiles.TEXTS.length; i++) sb.append("{\"id\":\"d").append(i).append("\",\"text\":\"").append(TestFiles.TEXTS[i]).append("\"}\n");
        sb.append("not json\n");
        Files.writeString(jsonl, sb);
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(jsonl.toUri()), at("/coll/docs.jsonl"));
        SparkIngest.Summary s = SparkIngest.runCollection(spark, List.of(hdfs + "/coll"), "json", "text", "id", hdfs + "/coll-out", DedupRequest.defaults());
        assertEquals(TestFiles.TEXTS.length, s.passages(), s.line());
        assertEquals(1, s.failed(), s.line());
        List<Row> rows = spark.read().parquet(hdfs + "/coll-out/passages").collectAsList();
        assertTrue(rows.stream().allMatch(r -> r.<String>getAs("source").startsWith(hdfs + "/coll/docs.jsonl#d")), rows.toString());
    }

    @Test
    void anObjectWhoseBlocksAreLostIsAProblemRowAndTheRestIsRead() throws Exception {
        Path local = Files.createDirectories(base.resolve("lost"));
        Files.writeString(local.resolve("fine.txt"), TestFiles.TEXTS[0]);
        Files.writeString(local.resolve("lost.txt"), TestFiles.TEXTS[1]);
        fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), at("/lost"));
        assertEquals(1, dfs.corruptBlockOnDataNodesByDeletingBlockFile(DFSTestUtil.getFirstBlock(fs, at("/lost/lost.txt"))));
        SparkIngest.Summary s = SparkIngest.run(spark, List.of(hdfs + "/lost"), hdfs + "/lost-out", 0, DedupRequest.defaults());
        assertEquals(1, s.passages(), s.line());
        assertEquals(1, s.failed(), s.line());
        Row problem = spark.read().parquet(hdfs + "/lost-out/problems").collectAsList().get(0);
        assertEquals(hdfs + "/lost/lost.txt", problem.getAs("source"));
        assertTrue(problem.<String>getAs("reason").startsWith("cannot be read from the store: "), problem.toString());
    }

    @Test
    void aMissingInputOrAnEmptyFolderInHdfsIsRefusedWithItsName() throws Exception {
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> SparkIngest.run(spark, List.of(hdfs + "/nowhere"), hdfs + "/o1", 0, DedupRequest.defaults()));
        assertEquals(hdfs + "/nowhere: no such file or folder", e.getMessage());
        fs.mkdirs(at("/empty"));
        e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> SparkIngest.run(spark, List.of(hdfs + "/empty"), hdfs + "/o2", 0, DedupRequest.defaults()));
        assertEquals(hdfs + "/empty: the folder holds no files", e.getMessage());
    }
}
