/**
 * The database: the embedded PostgreSQL (durable settings, password authentication, a migration role that owns the
 * schema and an application role that cannot switch triggers off, recovery of a server left behind by a killed
 * application, a watchdog that restarts a server that died) or an external PostgreSQL with the same two roles.
 * Public API: {@link org.zhifa.database.ZhifaDatabaseProperties}, {@link org.zhifa.database.EmbeddedDatabase}.
 */
package org.zhifa.database;
