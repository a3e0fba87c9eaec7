package eu.pharos.platform;

/**
 * A sealed value that does not open (changed, or sealed with a key that is not configured), named
 * by where it is: table, column and row, never by what it holds.
 */
public class UnreadableValue extends RuntimeException {

  private final String where;

  public UnreadableValue(String table, String column, Object rowId) {
    super(
        "the value in table " + table + ", column " + column + ", row " + rowId + " does not open");
    this.where = "table " + table + ", column " + column + ", row " + rowId;
  }

  public String where() {
    return where;
  }
}
