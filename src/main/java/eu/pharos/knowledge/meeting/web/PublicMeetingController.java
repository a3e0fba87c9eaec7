package eu.pharos.knowledge.meeting.web;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.meeting.MeetingView;
import eu.pharos.knowledge.meeting.Meetings;
import eu.pharos.knowledge.web.KnowledgePages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A public meeting as anyone reads it without signing in: its description, place or link, agenda,
 * and once written its minutes, decisions and actions; never who takes part. Any other meeting is
 * not found here.
 */
@Controller
@RequestMapping("/centres/{slug}/meetings/{id}")
class PublicMeetingController {

  private final Meetings meetings;
  private final CentreAccess access;
  private final KnowledgePages pages;
  private final Clock clock;

  PublicMeetingController(
      Meetings meetings, CentreAccess access, KnowledgePages pages, Clock clock) {
    this.meetings = meetings;
    this.access = access;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping
  String meeting(@PathVariable String slug, @PathVariable UUID id, Model model) {
    MeetingView meeting = meetings.publicView(slug, id);
    model.addAttribute("centre", access.read(slug));
    model.addAttribute("meeting", meeting);
    model.addAttribute("zone", pages.zone());
    return "knowledge/meetings/public";
  }

  @GetMapping("/calendar.ics")
  ResponseEntity<String> calendar(
      @PathVariable String slug, @PathVariable UUID id, HttpServletRequest request) {
    return MeetingPagesController.calendarOf(meetings.publicView(slug, id), request, clock);
  }
}
