package org.songsong.core.writeside;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.songsong.core.text.SearchVector;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in {@code COPY}'s binary format, for the article rows: their search vectors go to PostgreSQL as
 * the binary {@code tsvector} it stores, not as a literal its parser must read (about 0.12 ms of its CPU an
 * article), and numbers, flags and times as they are. Each field's type must be the column's own: the
 * format carries no type, and the server reads the bytes with the column type's receive function, which
 * checks them (a {@code varchar}'s length, a {@code jsonb}'s syntax) as the text form would be checked.
 */
public final class BinaryCopy {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** PostgreSQL counts time from 2000-01-01 UTC, in microseconds. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;
    private static final long POSTGRES_EPOCH_DAY = 10_957L;
    /** jsonb's binary form is a version byte, then the text. */
    private static final byte JSONB_VERSION = 1;

    private static final int TEXT_OID = 25;

    private byte[] bytes = new byte[1 << 16];
    private int length;
    private int rows;
    private int fieldsLeft;

    public BinaryCopy() {
        put(HEADER, 0, HEADER.length);
    }

    /** Starts a row of {@code fields} fields; each is then given in the order of the columns copied into. */
    public BinaryCopy row(int fields) {
        if (fieldsLeft != 0) {
            throw new IllegalStateException("the row before is missing " + fieldsLeft + " fields");
        }
        putShort(fields);
        fieldsLeft = fields;
        rows++;
        return this;
    }

    public BinaryCopy nullField() {
        field(-1);
        return this;
    }

    /** A {@code bigint}; null for SQL null. */
    public BinaryCopy int8(Long value) {
        if (value == null) {
            return nullField();
        }
        field(8);
        putLong(value);
        return this;
    }

    /** An {@code integer}; null for SQL null. */
    public BinaryCopy int4(Integer value) {
        if (value == null) {
            return nullField();
        }
        field(4);
        putInt(value);
        return this;
    }

    /** A {@code real}; null for SQL null. */
    public BinaryCopy float4(Float value) {
        if (value == null) {
            return nullField();
        }
        field(4);
        putInt(Float.floatToIntBits(value));
        return this;
    }

    public BinaryCopy bool(boolean value) {
        field(1);
        ensure(1);
        bytes[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** A {@code text} or {@code varchar}; null for SQL null. */
    public BinaryCopy text(String value) {
        if (value == null) {
            return nullField();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        field(utf8.length);
        put(utf8, 0, utf8.length);
        return this;
    }

    /** A {@code bytea}. */
    public BinaryCopy bytea(byte[] value) {
        field(value.length);
        put(value, 0, value.length);
        return this;
    }

    /** A {@code text[]} of one dimension without nulls, in PostgreSQL's binary array format. */
    public BinaryCopy textArray(List<String> values) {
        byte[][] utf8 = new byte[values.size()][];
        int size = 12 + (values.isEmpty() ? 0 : 8);
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
            size += 4 + utf8[i].length;
        }
        field(size);
        putInt(values.isEmpty() ? 0 : 1);
        putInt(0);
        putInt(TEXT_OID);
        if (!values.isEmpty()) {
            putInt(values.size());
            putInt(1);
        }
        for (byte[] element : utf8) {
            putInt(element.length);
            put(element, 0, element.length);
        }
        return this;
    }

    /** A {@code jsonb}, from its JSON text. */
    public BinaryCopy jsonb(String json) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        field(utf8.length + 1);
        ensure(1);
        bytes[length++] = JSONB_VERSION;
        put(utf8, 0, utf8.length);
        return this;
    }

    /** A {@code date}: days since PostgreSQL's epoch, 2000-01-01. */
    public BinaryCopy date(LocalDate value) {
        if (value == null) {
            return nullField();
        }
        field(4);
        putInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    /** A {@code timestamptz}, rounded to the nearest microsecond (PostgreSQL's resolution). */
    public BinaryCopy timestamptz(Instant value) {
        field(8);
        long micros = Math.addExact(Math.multiplyExact(value.getEpochSecond() - POSTGRES_EPOCH_SECONDS, 1_000_000L),
                (value.getNano() + 500) / 1_000);
        putLong(micros);
        return this;
    }

    public BinaryCopy tsvector(SearchVector vector) {
        field(vector.binaryLength());
        ensure(vector.binaryLength());
        vector.copyBinaryTo(bytes, length);
        length += vector.binaryLength();
        return this;
    }

    /** Sends the rows to {@code tableAndColumns} ({@code article (id, slug, …)}), in one round trip of data. */
    public void into(Connection connection, String tableAndColumns) throws SQLException {
        if (fieldsLeft != 0) {
            throw new IllegalStateException("the last row is missing " + fieldsLeft + " fields");
        }
        if (rows == 0) {
            return;
        }
        putShort(-1); // the trailer
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + tableAndColumns + " from stdin with (format binary)");
        try {
            copy.writeToCopy(bytes, 0, length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void field(int size) {
        if (fieldsLeft-- <= 0) {
            throw new IllegalStateException("more fields than the row was started with");
        }
        putInt(size);
    }

    private void putShort(int value) {
        ensure(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void putInt(int value) {
        ensure(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void put(byte[] source, int from, int count) {
        ensure(count);
        System.arraycopy(source, from, bytes, length, count);
        length += count;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
