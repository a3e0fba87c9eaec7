/**
 * The audit trail: an append-only, hash-chained log of security events (sign-ins, failures, role
 * changes) and of every access to victims' data. Other modules write to it through {@link
 * eu.pharos.audit.AuditLog}; a verify operation (the {@code command:audit-verify} command and the
 * admin page) recomputes the chain and reports the first changed, inserted or deleted row.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform"})
package eu.pharos.audit;

import org.springframework.modulith.ApplicationModule;
