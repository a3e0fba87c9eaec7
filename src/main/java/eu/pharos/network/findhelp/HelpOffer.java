package eu.pharos.network.findhelp;

import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberView;
import eu.pharos.network.OpenState;
import java.util.List;

/**
 * One organisation in a visitor's results, with what makes it fit and its opening state in the
 * visitor's time zone.
 *
 * @param fits whether it offers what the visitor asked for (the service, and covers the crime)
 * @param speaksLanguage whether it, or one of its helplines, speaks the visitor's language
 * @param openNow whether it, or one of its helplines, is open now
 * @param runsHarmonisedLine whether it runs the 116 006 line
 */
record HelpOffer(
    MemberView member,
    boolean fits,
    boolean speaksLanguage,
    boolean openNow,
    boolean runsHarmonisedLine,
    OpeningLabel opening,
    List<Line> helplines) {

  /** A helpline of the organisation with its opening state in the visitor's time zone. */
  record Line(HelplineView helpline, OpenState state, OpeningLabel opening) {}
}
