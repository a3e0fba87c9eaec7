package eu.pharos.network.country;

/** A reference data file Pharos cannot read: start-up stops and says where the file is wrong. */
class ReferenceFileMalformed extends RuntimeException {

  ReferenceFileMalformed(String file, int line, String problem) {
    super("Reference file " + file + " is malformed at line " + line + ": " + problem);
  }
}
