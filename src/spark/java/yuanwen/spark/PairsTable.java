package yuanwen.spark;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import yuanwen.store.AlignedExports.CorpusPair;

/**
 * {@code OUT/pairs.parquet}: the pairs of all alignments (the columns of {@link CorpusPair}), one
 * Parquet file a partition ({@code part-00000.parquet}, …), written by the task that aligned the
 * partition's pairs with Parquet's own writer (which Spark ships), not through Spark SQL: the SQL
 * session, its planning and code generation cost 5.3 s of CPU for one write of 15,000 rows in
 * {@code local[2]} and this writer 1.8 s (both with the JVM's start and the first job; measured
 * 2026-12-01 under a load of 14). The files are those Spark's own writer would make of the same
 * columns (standard three-level lists, snappy): Spark, DuckDB, pandas and Arrow read the folder as
 * one table. Each file is written under a hidden temporary name and renamed when complete, so a
 * retried or killed task leaves no half file a reader would take; {@code _SUCCESS} marks a table
 * whose job finished, as Hadoop's committer does.
 */
final class PairsTable {

    /** The columns, as Spark SQL writes a struct of these non-null and nullable fields. */
    static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message spark_schema {
              required binary name (STRING);
              required binary id (STRING);
              required group zhIds (LIST) { repeated group list { required int32 element; } }
              required group enIds (LIST) { repeated group list { required int32 element; } }
              required binary bead (STRING);
              required double score;
              required binary status (STRING);
              required binary zh (STRING);
              required binary en (STRING);
              required binary zhSource (STRING);
              required binary enSource (STRING);
              optional binary video (STRING);
              optional double start;
              optional double end;
              optional binary speaker (STRING);
            }
            """);

    private PairsTable() {
    }

    /** Before the job: the table of an earlier run is replaced as a whole. */
    static void clear(Path table, Configuration hadoop) throws IOException {
        FileSystem fs = table.getFileSystem(hadoop);
        fs.delete(table, true);
        fs.mkdirs(table);
    }

    /** After the job: every partition's file is in place. */
    static void finish(Path table, Configuration hadoop) throws IOException {
        table.getFileSystem(hadoop).create(new Path(table, "_SUCCESS"), true).close();
    }

    /** One partition's rows as {@code part-NNNNN.parquet} (a file with no rows when all its pairs failed). */
    static void writePart(Path table, int partition, List<CorpusPair> rows, Configuration hadoop) throws IOException {
        String name = String.format(Locale.ROOT, "part-%05d.parquet", partition);
        Path target = new Path(table, name);
        Path temp = new Path(table, "." + name + "." + UUID.randomUUID() + ".tmp");
        FileSystem fs = table.getFileSystem(hadoop);
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(temp, hadoop))
                .withConf(hadoop).withType(SCHEMA).withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (CorpusPair p : rows) {
                writer.write(row(groups, p));
            }
        }
        // A retried task's file from the attempt before is replaced (the same rows: alignment is deterministic).
        fs.delete(target, false);
        if (!fs.rename(temp, target)) {
            throw new IOException("cannot rename " + temp + " to " + target);
        }
    }

    private static Group row(SimpleGroupFactory groups, CorpusPair p) {
        Group row = groups.newGroup().append("name", p.name()).append("id", p.id());
        Group zh = row.addGroup("zhIds");
        p.zhIds().forEach(id -> zh.addGroup("list").append("element", id));
        Group en = row.addGroup("enIds");
        p.enIds().forEach(id -> en.addGroup("list").append("element", id));
        row.append("bead", p.bead()).append("score", p.score()).append("status", p.status()).append("zh", p.zh())
                .append("en", p.en()).append("zhSource", p.zhSource()).append("enSource", p.enSource());
        if (p.video() != null) {
            row.append("video", p.video());
        }
        if (p.start() != null) {
            row.append("start", p.start());
        }
        if (p.end() != null) {
            row.append("end", p.end());
        }
        if (p.speaker() != null) {
            row.append("speaker", p.speaker());
        }
        return row;
    }
}
