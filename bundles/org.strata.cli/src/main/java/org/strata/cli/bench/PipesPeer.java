package org.strata.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.strata.ingest.ExtractException;
import org.strata.ingest.Extracted;
import org.strata.ingest.FileExtractor;

/**
 * Tika's own forked parsing (tika-pipes' {@link PipesParser}: forked clients, a time limit per file, a heap per
 * client, a fresh client after a timeout or a crash) running Strata's extraction ({@link ExtractorParser}): the peer
 * of Strata's hand-written parse workers in the isolation bench.
 */
final class PipesPeer implements FileExtractor {
    private final Path config;
    private final PipesParser parser;
    private final Duration timeout;
    private final int heapMb;

    PipesPeer(int clients, Duration timeout, int heapMb) throws IOException, TikaConfigException {
        this.timeout = timeout;
        this.heapMb = heapMb;
        config = Files.createTempFile("strata-pipes-", ".xml");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(config, """
                <properties>
                  <parsers><parser class="%s"/></parsers>
                  <pipes><params>
                    <numClients>%d</numClients>
                    <timeoutMillis>%d</timeoutMillis>
                    <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
                    <javaPath>%s</javaPath>
                    <forkedJvmArgs>
                      <arg>-Xmx%dm</arg><arg>-Xss8m</arg><arg>-XX:+UseSerialGC</arg><arg>-XX:TieredStopAtLevel=1</arg>
                      <arg>--enable-native-access=ALL-UNNAMED</arg><arg>-Djava.awt.headless=true</arg><arg>-Dslf4j.internal.verbosity=ERROR</arg>
                      <arg>-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory</arg>
                    </forkedJvmArgs>
                  </params></pipes>
                  <fetchers><fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                    <name>fs</name><allowAbsolutePaths>true</allowAbsolutePaths>
                  </fetcher></fetchers>
                </properties>
                """.formatted(ExtractorParser.class.getName(), clients, timeout.toMillis(), java, heapMb));
        parser = new PipesParser(PipesConfig.load(config));
    }

    @Override
    public Extracted extract(Path file) throws ExtractException {
        ParseContext ctx = new ParseContext();
        ctx.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, HandlerConfig.PARSE_MODE.CONCATENATE,
                -1, -1, false));
        String path = file.toAbsolutePath().toString();
        FetchEmitTuple t = new FetchEmitTuple(path, new FetchKey("fs", path), new EmitKey(), new Metadata(), ctx,
                FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
        PipesResult r;
        try {
            r = parser.parse(t);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractException("interrupted", e);
        } catch (Exception e) {
            throw new ExtractException("tika-pipes failed: " + e, e);
        }
        switch (r.getStatus()) {
            case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION, EMIT_SUCCESS -> {
                Metadata m = r.getEmitData().getMetadataList().get(0);
                if (m.get("strata:failed") != null) throw new ExtractException(m.get("strata:failed"), null);
                String text = m.get(TikaCoreProperties.TIKA_CONTENT);
                return new Extracted(text == null ? "" : text.strip(), nz(m.get("strata:type")), nz(m.get("strata:title")), nz(m.get("strata:author")),
                        nz(m.get("strata:date")), nz(m.get("strata:license")), nz(m.get("strata:note")));
            }
            case TIMEOUT -> {
                String after = timeout.toMillis() + " ms";
                throw new ExtractException("timed out after " + after + " (the parser was stopped)", null);
            }
            case OOM -> throw new ExtractException("the parser ran out of memory (limit " + heapMb + " MB)", null);
            default -> throw new ExtractException(r.getStatus() + (r.getMessage() == null ? "" : ": " + r.getMessage().lines().findFirst().orElse("")), null);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        try {
            parser.close();
            Files.deleteIfExists(config);
        } catch (IOException e) {
            // the clients are gone with this JVM
        }
    }
}
