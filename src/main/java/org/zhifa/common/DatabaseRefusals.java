package org.zhifa.common;

import java.sql.SQLException;
import java.util.Map;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

/** Database refusals caused by the input, as the user's 400 or 409 (by SQLSTATE); anything else stays a 500. */
final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    /**
     * A database refusal whose cause is the input (SQLSTATE class 22 data exception, class 23 integrity, 54000 too
     * long for an index) is the user's 400/409; lock conflicts are 409; anything else stays a 500.
     */
    static Problems.Problem describe(DataAccessException d) {
        if (d instanceof OptimisticLockingFailureException) {
            return new Problems.Problem(HttpStatus.CONFLICT, "数据已被他人修改", "该记录已被其他用户修改，请刷新后重试", Map.of());
        }
        if (d instanceof DuplicateKeyException) {
            return new Problems.Problem(HttpStatus.CONFLICT, "相同的记录已存在，或他人正在同时提交同一操作，请刷新后核对");
        }
        if (d instanceof ConcurrencyFailureException) {
            return new Problems.Problem(HttpStatus.CONFLICT, "该操作与他人对同一记录的操作同时发生，请刷新后重试");
        }
        String state = sqlState(d);
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "22021", "22P05" -> new Problems.Problem(HttpStatus.BAD_REQUEST, "输入内容含有不允许的字符（如空字符 U+0000），未保存");
            case "22001", "54000" -> new Problems.Problem(HttpStatus.BAD_REQUEST, "输入内容超出允许的长度，未保存");
            case "22003" -> new Problems.Problem(HttpStatus.BAD_REQUEST, "输入的数值超出允许的范围，未保存");
            case "22007", "22008" -> new Problems.Problem(HttpStatus.BAD_REQUEST, "输入的日期或时间无效，未保存");
            case "23503" -> new Problems.Problem(HttpStatus.BAD_REQUEST, "所引用的记录不存在或已被删除，未保存");
            case "23502" -> new Problems.Problem(HttpStatus.BAD_REQUEST, "缺少必填内容，未保存");
            case "23505", "23P01" -> new Problems.Problem(HttpStatus.CONFLICT, "相同的记录已存在，或他人正在同时提交同一操作，请刷新后核对");
            case "40001", "40P01", "55P03" -> new Problems.Problem(HttpStatus.CONFLICT, "该操作与他人对同一记录的操作同时发生，请刷新后重试");
            case "57014" -> new Problems.Problem(HttpStatus.SERVICE_UNAVAILABLE, "查询超时，请缩小查询范围后重试");
            default -> state.startsWith("22") || state.startsWith("23")
                    ? new Problems.Problem(HttpStatus.BAD_REQUEST, "输入的值不符合要求，未保存") : null;
        };
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }
}
