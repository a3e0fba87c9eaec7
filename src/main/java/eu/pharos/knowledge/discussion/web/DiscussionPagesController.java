package eu.pharos.knowledge.discussion.web;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.discussion.DigestFrequency;
import eu.pharos.knowledge.discussion.DiscussionFollows;
import eu.pharos.knowledge.discussion.Discussions;
import eu.pharos.knowledge.discussion.NewThread;
import eu.pharos.knowledge.discussion.PostText;
import eu.pharos.knowledge.discussion.PostView;
import eu.pharos.knowledge.discussion.ThreadView;
import eu.pharos.knowledge.web.KnowledgePages;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A centre's discussions: the threads, newest activity first; a thread with its posts and the forms
 * to answer, change or remove one's own post, follow the thread, and (for moderators) hide posts
 * and the thread and lock it. Every form posts and redirects; a refused one comes back with its
 * messages beside its fields and what was typed kept; a change to a post edited meanwhile comes
 * back (409) with the saved text beside the one submitted.
 */
@Controller("knowledgeDiscussionPagesController")
@RequestMapping("/app/centres/{slug}/discussions")
class DiscussionPagesController {

  private final Discussions discussions;
  private final DiscussionFollows follows;
  private final CentreAccess access;
  private final KnowledgePages pages;

  DiscussionPagesController(
      Discussions discussions,
      DiscussionFollows follows,
      CentreAccess access,
      KnowledgePages pages) {
    this.discussions = discussions;
    this.follows = follows;
    this.access = access;
    this.pages = pages;
  }

  @GetMapping
  String list(@PathVariable String slug, Model model) {
    CentreRef centre = access.read(slug);
    model.addAttribute("centre", centre);
    model.addAttribute("threads", discussions.threads(centre));
    model.addAttribute("followsCentre", follows.followsCentre(centre));
    DigestFrequency own = follows.digestFor(centre);
    model.addAttribute("digestChoice", own == null ? "" : own.name());
    model.addAttribute("frequencies", DigestFrequency.values());
    model.addAttribute("zone", pages.zone());
    return "knowledge/discussions/list";
  }

  @GetMapping("/new")
  String newThread(@PathVariable String slug, Model model) {
    CentreRef centre = access.requireMember(slug);
    return newForm(centre, Map.of(), new LinkedHashMap<>(), model);
  }

  @PostMapping
  String start(
      @PathVariable String slug,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String body,
      @RequestParam(required = false) String visibility,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CentreRef centre = access.requireMember(slug);
    Visibility chosen = FormValues.choice(Visibility.class, visibility);
    try {
      if (visibility != null && !visibility.isBlank() && chosen == null) {
        throw InvalidInput.of("visibility", "knowledge.discussions.error.visibility");
      }
      ThreadView thread = discussions.start(slug, new NewThread(title, body, chosen));
      redirect.addFlashAttribute("done", "knowledge.discussions.done.started");
      return "redirect:" + thread.link();
    } catch (InvalidInput invalid) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("title", FormValues.text(title));
      form.put("body", FormValues.text(body));
      form.put("visibility", FormValues.clean(visibility));
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return newForm(centre, pages.errors(invalid, "title", locale), form, model);
    }
  }

  @GetMapping("/{threadId}")
  String thread(@PathVariable String slug, @PathVariable UUID threadId, Model model) {
    return threadPage(slug, threadId, Map.of(), new LinkedHashMap<>(), null, model);
  }

  @PostMapping("/{threadId}/posts")
  String reply(
      @PathVariable String slug,
      @PathVariable UUID threadId,
      @RequestParam(required = false) String body,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      PostView post = discussions.reply(slug, threadId, body);
      redirect.addFlashAttribute("done", "knowledge.discussions.done.replied");
      return "redirect:" + Discussions.link(slug, threadId) + "#post-" + post.id();
    } catch (InvalidInput invalid) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("body", FormValues.text(body));
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return threadPage(
          slug, threadId, pages.errors(invalid, f -> "body", "body", locale), form, null, model);
    }
  }

  @PostMapping("/{threadId}/posts/{postId}")
  String edit(
      @PathVariable String slug,
      @PathVariable UUID threadId,
      @PathVariable UUID postId,
      @RequestParam(required = false) String body,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String field = "e-" + postId + "-body";
    Map<String, String> form = new LinkedHashMap<>();
    form.put(field, FormValues.text(body));
    try {
      discussions.edit(slug, threadId, postId, body, version(version));
      redirect.addFlashAttribute("done", "knowledge.discussions.done.edited");
      return "redirect:" + Discussions.link(slug, threadId) + "#post-" + postId;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return threadPage(
          slug, threadId, pages.errors(invalid, f -> field, field, locale), form, postId, model);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", stale.current());
      model.addAttribute("submitted", FormValues.text(body));
      return threadPage(slug, threadId, Map.of(), form, postId, model);
    }
  }

  @PostMapping("/{threadId}/posts/{postId}/remove")
  String remove(
      @PathVariable String slug,
      @PathVariable UUID threadId,
      @PathVariable UUID postId,
      @RequestParam(required = false) String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      discussions.remove(slug, threadId, postId, version(version));
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", stale.current());
      model.addAttribute("submitted", "");
      return threadPage(slug, threadId, Map.of(), new LinkedHashMap<>(), postId, model);
    }
    redirect.addFlashAttribute("done", "knowledge.discussions.done.removed");
    return "redirect:" + Discussions.link(slug, threadId) + "#post-" + postId;
  }

  @PostMapping("/{threadId}/posts/{postId}/hide")
  String hidePost(
      @PathVariable String slug,
      @PathVariable UUID threadId,
      @PathVariable UUID postId,
      @RequestParam(required = false) String reason,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String field = "h-" + postId + "-reason";
    try {
      discussions.hidePost(slug, threadId, postId, reason);
      redirect.addFlashAttribute("done", "knowledge.discussions.done.post-hidden");
      return "redirect:" + Discussions.link(slug, threadId) + "#post-" + postId;
    } catch (InvalidInput invalid) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put(field, FormValues.text(reason));
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return threadPage(
          slug, threadId, pages.errors(invalid, f -> field, field, locale), form, postId, model);
    }
  }

  @PostMapping("/{threadId}/posts/{postId}/unhide")
  String unhidePost(
      @PathVariable String slug,
      @PathVariable UUID threadId,
      @PathVariable UUID postId,
      RedirectAttributes redirect) {
    discussions.unhidePost(slug, threadId, postId);
    redirect.addFlashAttribute("done", "knowledge.discussions.done.post-shown");
    return "redirect:" + Discussions.link(slug, threadId) + "#post-" + postId;
  }

  @PostMapping("/{threadId}/hide")
  String hideThread(
      @PathVariable String slug,
      @PathVariable UUID threadId,
      @RequestParam(required = false) String reason,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      discussions.hideThread(slug, threadId, reason);
      redirect.addFlashAttribute("done", "knowledge.discussions.done.thread-hidden");
      return "redirect:" + Discussions.link(slug, threadId);
    } catch (InvalidInput invalid) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("thread-reason", FormValues.text(reason));
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return threadPage(
          slug,
          threadId,
          pages.errors(invalid, f -> "thread-reason", "thread-reason", locale),
          form,
          null,
          model);
    }
  }

  @PostMapping("/{threadId}/unhide")
  String unhideThread(
      @PathVariable String slug, @PathVariable UUID threadId, RedirectAttributes redirect) {
    discussions.unhideThread(slug, threadId);
    redirect.addFlashAttribute("done", "knowledge.discussions.done.thread-shown");
    return "redirect:" + Discussions.link(slug, threadId);
  }

  @PostMapping("/{threadId}/lock")
  String lock(@PathVariable String slug, @PathVariable UUID threadId, RedirectAttributes redirect) {
    discussions.lock(slug, threadId, true);
    redirect.addFlashAttribute("done", "knowledge.discussions.done.locked");
    return "redirect:" + Discussions.link(slug, threadId);
  }

  @PostMapping("/{threadId}/unlock")
  String unlock(
      @PathVariable String slug, @PathVariable UUID threadId, RedirectAttributes redirect) {
    discussions.lock(slug, threadId, false);
    redirect.addFlashAttribute("done", "knowledge.discussions.done.unlocked");
    return "redirect:" + Discussions.link(slug, threadId);
  }

  @PostMapping("/{threadId}/follow")
  String followThread(
      @PathVariable String slug, @PathVariable UUID threadId, RedirectAttributes redirect) {
    follows.followThread(slug, threadId, true);
    redirect.addFlashAttribute("done", "knowledge.discussions.done.following");
    return "redirect:" + Discussions.link(slug, threadId);
  }

  @PostMapping("/{threadId}/unfollow")
  String unfollowThread(
      @PathVariable String slug, @PathVariable UUID threadId, RedirectAttributes redirect) {
    follows.followThread(slug, threadId, false);
    redirect.addFlashAttribute("done", "knowledge.discussions.done.not-following");
    return "redirect:" + Discussions.link(slug, threadId);
  }

  @PostMapping("/follow")
  String followCentre(@PathVariable String slug, RedirectAttributes redirect) {
    follows.followCentre(slug, true);
    redirect.addFlashAttribute("done", "knowledge.discussions.done.following-centre");
    return "redirect:/app/centres/" + slug + "/discussions";
  }

  @PostMapping("/unfollow")
  String unfollowCentre(@PathVariable String slug, RedirectAttributes redirect) {
    follows.followCentre(slug, false);
    redirect.addFlashAttribute("done", "knowledge.discussions.done.not-following-centre");
    return "redirect:/app/centres/" + slug + "/discussions";
  }

  @PostMapping("/digest")
  String digest(
      @PathVariable String slug,
      @RequestParam(required = false) String frequency,
      RedirectAttributes redirect) {
    follows.setDigest(slug, FormValues.choice(DigestFrequency.class, frequency));
    redirect.addFlashAttribute("done", "knowledge.discussions.done.digest");
    return "redirect:/app/centres/" + slug + "/discussions";
  }

  private String newForm(
      CentreRef centre, Map<String, String> errors, Map<String, String> form, Model model) {
    model.addAttribute("centre", centre);
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("maxBody", PostText.MAX_BODY);
    model.addAttribute("maxTitle", PostText.MAX_TITLE);
    return "knowledge/discussions/new";
  }

  private String threadPage(
      String slug,
      UUID threadId,
      Map<String, String> errors,
      Map<String, String> form,
      UUID openPost,
      Model model) {
    ThreadView thread = discussions.thread(slug, threadId);
    model.addAttribute("centre", access.read(slug));
    model.addAttribute("thread", thread);
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("openPost", openPost);
    model.addAttribute("maxBody", PostText.MAX_BODY);
    model.addAttribute("zone", pages.zone());
    if (!model.containsAttribute("conflict")) {
      model.addAttribute("conflict", null);
    }
    return "knowledge/discussions/thread";
  }

  /** The version a form was built from; a missing or garbled one can only be stale. */
  static long version(String value) {
    try {
      return Long.parseLong(FormValues.clean(value));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
