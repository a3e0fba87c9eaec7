package eu.pharos.knowledge.document;

import eu.pharos.platform.StoredFileView;

/** An upload the file store kept and Pharos checked, with the text taken out of it (or null). */
record StoredUpload(StoredFileView file, String text) {}
