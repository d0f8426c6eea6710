package org.strata.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strata.store.Passage;

/**
 * The rows the job makes from files: a passage (kind "passage") with its place in its source, or a file that gave
 * none (kind "failed" or "skipped") with the reason. Column names follow the pack's attribute files.
 */
final class Rows {
    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, false)
            .add("seq", DataTypes.IntegerType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("text", DataTypes.StringType, true)
            .add("tokens", DataTypes.IntegerType, true)
            .add("language", DataTypes.StringType, true)
            .add("media_type", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true);

    private Rows() {}

    static Row passage(Passage p, String mediaType) {
        return RowFactory.create("passage", p.id(), p.source(), p.seq(), p.start(), p.end(), p.text(), p.tokens(), p.language(), mediaType, null);
    }

    static Row problem(String kind, String source, String reason) {
        return RowFactory.create(kind, null, source, null, null, null, null, null, null, null, reason);
    }
}
