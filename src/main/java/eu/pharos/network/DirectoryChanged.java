package eu.pharos.network;

import java.util.UUID;

/**
 * Published after every change to the member directory, once the change is committed: caches of
 * public pages built from {@link Directory} can drop what they hold for older revisions.
 *
 * @param organisationId the member whose profile changed (null when many changed at once)
 * @param revision the directory's revision after the change
 */
public record DirectoryChanged(UUID organisationId, long revision) {}
