package org.zhifa.audit;

import java.util.Map;

/**
 * Chinese names of audit action codes a module builds at run time (e.g. one per case step), so that the audit log
 * never shows a raw code. Fixed codes are named in the audit module's own list; a module whose codes are derived from
 * its own definitions implements this.
 */
public interface AuditActionNames {

    /** Action code → Chinese name. */
    Map<String, String> actionNames();
}
