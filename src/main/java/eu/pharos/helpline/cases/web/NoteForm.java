package eu.pharos.helpline.cases.web;

/** A note for the case's timeline. */
public class NoteForm {

  private String text = "";

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text.strip();
  }
}
