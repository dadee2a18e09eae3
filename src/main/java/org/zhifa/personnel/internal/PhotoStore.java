package org.zhifa.personnel.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officer photos, kept in the database so that a backup of the database is a backup of the roster. */
@Repository
public class PhotoStore {

    private final JdbcClient jdbc;

    PhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** image/jpeg or image/png judged from the content (never from the file name), else null. */
    public static String detectType(byte[] data) {
        if (data == null || data.length < 8) {
            return null;
        }
        if ((data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if ((data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
                && data[4] == 0x0D && data[5] == 0x0A && data[6] == 0x1A && data[7] == 0x0A) {
            return "image/png";
        }
        return null;
    }

    public void save(long officerId, String contentType, byte[] data) {
        jdbc.sql("""
                insert into officer_photo (officer_id, content_type, data) values (?, ?, ?)
                on conflict (officer_id) do update set content_type = excluded.content_type, data = excluded.data,
                    uploaded_at = now()
                """).params(officerId, contentType, data).update();
    }

    public record Photo(String contentType, byte[] data) {
    }

    public Optional<Photo> find(long officerId) {
        return jdbc.sql("select content_type, data from officer_photo where officer_id = ?").param(officerId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    public boolean exists(long officerId) {
        return jdbc.sql("select count(*) from officer_photo where officer_id = ?").param(officerId)
                .query(Long.class).single() > 0;
    }
}
