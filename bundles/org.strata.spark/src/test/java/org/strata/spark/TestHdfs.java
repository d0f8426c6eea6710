package org.strata.spark;

import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/** A real HDFS for a test: Hadoop's MiniDFSCluster, a NameNode and one DataNode in this JVM, its data under {@code base}. */
final class TestHdfs {
    private TestHdfs() {}

    static MiniDFSCluster start(Path base) throws Exception {
        Configuration conf = new Configuration();
        conf.set("hadoop.tmp.dir", base.resolve("hadoop-tmp").toString());
        MiniDFSCluster dfs = new MiniDFSCluster.Builder(conf, base.resolve("dfs").toFile()).numDataNodes(1).build();
        dfs.waitActive();
        return dfs;
    }
}
