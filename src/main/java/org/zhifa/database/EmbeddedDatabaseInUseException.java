package org.zhifa.database;

import java.nio.file.Path;

/** Another running zhifa holds the embedded database of this data directory. */
public class EmbeddedDatabaseInUseException extends IllegalStateException {

    public EmbeddedDatabaseInUseException(Path directory) {
        super("数据目录 " + directory + " 中的内嵌数据库正被另一个正在运行的 zhifa 进程使用：请先停止那个进程，"
                + "或用 --zhifa.db.data-dir 为本进程指定另一个数据目录");
    }
}
