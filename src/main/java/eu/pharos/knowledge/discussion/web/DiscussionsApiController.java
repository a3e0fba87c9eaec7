package eu.pharos.knowledge.discussion.web;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.discussion.Discussions;
import eu.pharos.knowledge.discussion.NewThread;
import eu.pharos.knowledge.discussion.PostView;
import eu.pharos.knowledge.discussion.ThreadSummary;
import eu.pharos.knowledge.discussion.ThreadView;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A centre's discussions with the rules of the pages: a thread the caller may not read is 404,
 * taking part is for members (403 for others), bad input a 400 {@code validation-failed} problem
 * naming the field (a mention of someone outside the centre names the handle), a change to a post
 * edited meanwhile a 409 {@code concurrent-change}.
 */
@Tag(name = "Centre discussions", description = "Threads and posts of a Centre of Excellence")
@ApiController("knowledgeDiscussionsApiController")
@RequestMapping("/api/v1/centres/{slug}/discussions")
class DiscussionsApiController {

  private final Discussions discussions;
  private final CentreAccess access;

  DiscussionsApiController(Discussions discussions, CentreAccess access) {
    this.discussions = discussions;
    this.access = access;
  }

  /** A thread to start; visibility CENTRE (the default) or NETWORK. */
  record StartRequest(String title, String body, Visibility visibility) {}

  record PostRequest(String body, Long version) {}

  @Operation(summary = "The threads the caller may read, the most recently active first")
  @GetMapping
  List<ThreadSummary> list(@PathVariable String slug) {
    return discussions.threads(access.read(slug));
  }

  @Operation(summary = "A thread with its posts in order")
  @GetMapping("/{threadId}")
  ThreadView read(@PathVariable String slug, @PathVariable UUID threadId) {
    return discussions.thread(slug, threadId);
  }

  @Operation(summary = "Start a thread (members)")
  @PostMapping
  ResponseEntity<ThreadView> start(@PathVariable String slug, @RequestBody StartRequest request) {
    ThreadView thread =
        discussions.start(
            slug, new NewThread(request.title(), request.body(), request.visibility()));
    return ResponseEntity.created(
            URI.create("/api/v1/centres/" + slug + "/discussions/" + thread.id()))
        .body(thread);
  }

  @Operation(
      summary = "Answer a thread (members)",
      description =
          "Mention a member of the centre with @ and their handle, such as @advisor.wr-de.")
  @PostMapping("/{threadId}/posts")
  ResponseEntity<PostView> reply(
      @PathVariable String slug, @PathVariable UUID threadId, @RequestBody PostRequest request) {
    PostView post = discussions.reply(slug, threadId, request.body());
    return ResponseEntity.created(
            URI.create(
                "/api/v1/centres/" + slug + "/discussions/" + threadId + "#post-" + post.id()))
        .body(post);
  }

  @Operation(
      summary = "Change one's own post",
      description = "Give the post's version; a post changed since is a 409 with the saved post.")
  @PutMapping("/{threadId}/posts/{postId}")
  PostView edit(
      @PathVariable String slug,
      @PathVariable UUID threadId,
      @PathVariable UUID postId,
      @RequestBody PostRequest request) {
    return discussions.edit(
        slug, threadId, postId, request.body(), request.version() == null ? -1 : request.version());
  }
}
