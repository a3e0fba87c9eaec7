/**
 * The small open kernel every module may use: the tenant context that scopes data to an
 * organisation, the current staff user as modules see it, operator commands and navigation entries.
 * It holds no business rules and depends on no module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package eu.pharos.shared;

import org.springframework.modulith.ApplicationModule;
