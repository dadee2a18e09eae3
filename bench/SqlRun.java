import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs a SQL file against PostgreSQL over JDBC (no psql needed): java -cp postgresql.jar SqlRun.java URL USER PASS FILE.
 * Prints the result of the last statement when it returns rows.
 */
public class SqlRun {

    public static void main(String[] args) throws Exception {
        String sql = Files.readString(Path.of(args[3]));
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]); Statement s = c.createStatement()) {
            boolean rows = s.execute(sql);
            while (true) {
                if (rows) {
                    try (ResultSet rs = s.getResultSet()) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder line = new StringBuilder();
                            for (int i = 1; i <= n; i++) {
                                line.append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i))
                                        .append("  ");
                            }
                            System.out.println(line.toString().trim());
                        }
                    }
                } else if (s.getUpdateCount() == -1) {
                    break;
                }
                rows = s.getMoreResults();
            }
        }
        System.out.printf("%s: %.1f s%n", Path.of(args[3]).getFileName(), (System.nanoTime() - t0) / 1e9);
    }
}
