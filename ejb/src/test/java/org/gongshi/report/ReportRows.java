package org.gongshi.report;

import org.gongshi.request.ApplicantType;
import org.gongshi.request.ClosingReason;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.shared.Ids;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes requests, challenges and normative documents straight into the tables (plain JDBC, in batches),
 * with exactly the facts the annual report counts: the report only reads them, and a year of hundreds or
 * 100,000 requests is written in seconds. Shared by the tests and the benchmark.
 */
public final class ReportRows implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement request;
    private final PreparedStatement challenge;
    private final PreparedStatement notice;
    private int pending;
    

    public ReportRows(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        request = connection.prepareStatement("INSERT INTO DISCLOSURE_REQUEST (ID, DIVISION_CODE, VERSION, RECEIPT_NUMBER,"
                + " CHANNEL, RECEIVED_ON, APPLICANT_TYPE, APPLICANT_NAME, APPLICANT_CONTACT, DESCRIPTION, STATE,"
                + " ACCESS_CODE_SALT, ACCESS_CODE_HASH, PAUSED_WORKING_DAYS, EXTENSION_DAYS, DUE_ON, DUE_PROVISIONAL,"
                + " REPLY_TYPE, ANSWERED_ON, CLOSING_REASON, CLOSED_ON, APPLICANT_KEY, CREATED_AT, CREATED_BY, UPDATED_AT)"
                + " VALUES (?, ?, 0, ?, 'IN_PERSON', ?, ?, '王小明', '13800000000', '申请公开的信息', ?, 'salt', 'hash', 0, 0,"
                + " ?, FALSE, ?, ?, ?, ?, ?, ?, 'test', ?)");
        challenge = connection.prepareStatement("INSERT INTO REQUEST_CHALLENGE (ID, DIVISION_CODE, VERSION, REQUEST_ID, KIND,"
                + " FILED_ON, OUTCOME, DECIDED_ON, CREATED_AT, CREATED_BY) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, 'test')");
        notice = connection.prepareStatement("INSERT INTO NOTICE (ID, DIVISION_CODE, VERSION, TITLE, BODY, STATUS, GENRE,"
                + " WRITTEN_ON, VALIDITY, VALID_UNTIL, PUBLISHED_AT, PUBLISHED_BY, INDEX_NUMBER, CREATED_BY, CREATED_AT,"
                + " UPDATED_BY, UPDATED_AT) VALUES (?, ?, 0, '规范性文件', '正文', ?, 'NORMATIVE_DOCUMENT', ?, ?, ?, ?, 'test', ?,"
                + " 'test', ?, 'test', ?)");
    }

    /** An open request received on {@code receivedOn}. */
    public String open(String division, ApplicantType type, LocalDate receivedOn) throws SQLException {
        return add(division, type, receivedOn, "RECEIVED", null, null, null);
    }

    /** A request answered with {@code reply} on {@code closedOn}. */
    public String answered(String division, ApplicantType type, LocalDate receivedOn, ReplyType reply, LocalDate closedOn)
            throws SQLException {
        return add(division, type, receivedOn, "ANSWERED", reply, null, closedOn);
    }

    /** A request closed without a reply for {@code reason} on {@code closedOn}. */
    public String closed(String division, ApplicantType type, LocalDate receivedOn, ClosingReason reason, LocalDate closedOn)
            throws SQLException {
        return add(division, type, receivedOn, reason == ClosingReason.WITHDRAWN ? "WITHDRAWN" : "ABANDONED", null,
                reason, closedOn);
    }

    /** Any row as it is, consistent or not (for the refusal tests). */
    public String add(String division, ApplicantType type, LocalDate receivedOn, String state, ReplyType reply,
                      ClosingReason reason, LocalDate closedOn) throws SQLException {
        String id = Ids.newId();
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        request.setString(1, id);
        request.setString(2, division);
        request.setString(3, division + "-" + id.substring(24));
        request.setDate(4, Date.valueOf(receivedOn));
        request.setString(5, type.name());
        request.setString(6, state);
        request.setDate(7, Date.valueOf(receivedOn.plusDays(28)));
        request.setString(8, reply == null ? null : reply.name());
        setDate(9, reply == null ? null : closedOn);
        request.setString(10, reason == null ? null : reason.name());
        setDate(11, closedOn);
        request.setString(12, id);
        request.setTimestamp(13, now);
        request.setTimestamp(14, now);
        request.addBatch();
        flushIfFull();
        return id;
    }

    /** A review or lawsuit about {@code requestId}, decided on {@code decidedOn} (null: pending). */
    public void challenge(String division, String requestId, RequestChallenge.Kind kind, LocalDate filedOn,
                          RequestChallenge.Outcome outcome, LocalDate decidedOn) throws SQLException {
        flush();
        challenge.setString(1, Ids.newId());
        challenge.setString(2, division);
        challenge.setString(3, requestId);
        challenge.setString(4, kind.name());
        challenge.setDate(5, Date.valueOf(filedOn));
        challenge.setString(6, outcome.name());
        if (decidedOn == null) {
            challenge.setNull(7, Types.DATE);
        } else {
            challenge.setDate(7, Date.valueOf(decidedOn));
        }
        challenge.setTimestamp(8, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
        challenge.executeUpdate();
    }

    /** A normative document with its status, date written, validity, end date, publication and last change. */
    public void normative(String division, String status, LocalDate writtenOn, String validity, LocalDate validUntil,
                          Instant publishedAt, Instant updatedAt) throws SQLException {
        String id = Ids.newId();
        notice.setString(1, id);
        notice.setString(2, division);
        notice.setString(3, status);
        if (writtenOn == null) {
            notice.setNull(4, Types.DATE);
        } else {
            notice.setDate(4, Date.valueOf(writtenOn));
        }
        notice.setString(5, validity);
        if (validUntil == null) {
            notice.setNull(6, Types.DATE);
        } else {
            notice.setDate(6, Date.valueOf(validUntil));
        }
        notice.setTimestamp(7, publishedAt == null ? null : Timestamp.from(publishedAt));
        notice.setString(8, id);
        notice.setTimestamp(9, Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")));
        notice.setTimestamp(10, Timestamp.from(updatedAt));
        notice.executeUpdate();
    }

    private void setDate(int index, LocalDate date) throws SQLException {
        if (date == null) {
            request.setNull(index, Types.DATE);
        } else {
            request.setDate(index, Date.valueOf(date));
        }
    }

    private void flushIfFull() throws SQLException {
        if (++pending >= 1000) {
            flush();
        }
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            request.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        connection.commit();
        request.close();
        challenge.close();
        notice.close();
        connection.close();
    }
}
