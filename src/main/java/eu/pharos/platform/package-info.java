/**
 * The shell every module lives in: the public home page and the staff dashboard, layout,
 * navigation, languages, error pages, and the shared services later modules need (outgoing e-mail
 * with an outbox in embedded mode, file storage, notifications, jobs that run once per cluster). It
 * knows no business module.
 */
@ApplicationModule(allowedDependencies = "shared")
package eu.pharos.platform;

import org.springframework.modulith.ApplicationModule;
