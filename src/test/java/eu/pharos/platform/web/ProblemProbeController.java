package eu.pharos.platform.web;

import eu.pharos.platform.FileRejected;
import eu.pharos.platform.FileStore;
import eu.pharos.platform.StoredFileView;
import eu.pharos.shared.web.ApiController;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * An API controller that exists only in tests, to raise the errors that the real endpoints do not
 * (yet) raise: an unexpected failure, a query parameter of the wrong type, uploads.
 */
@ApiController
@RequestMapping("/api/v1/probe")
class ProblemProbeController {

  static final String SECRET_MESSAGE = "connection string jdbc:secret@10.0.0.7";

  private final FileStore files;

  ProblemProbeController(FileStore files) {
    this.files = files;
  }

  @GetMapping("/failure")
  String failure() {
    throw new IllegalStateException(SECRET_MESSAGE);
  }

  @GetMapping("/count")
  int count(@RequestParam @Min(1) @Max(100) int n) {
    return n;
  }

  @GetMapping("/too-large")
  String tooLarge() {
    throw FileRejected.tooLarge(20L * 1024 * 1024);
  }

  @PostMapping("/files")
  @ResponseStatus(HttpStatus.CREATED)
  StoredFileView upload(@RequestPart MultipartFile file) throws IOException {
    return files.store(file.getOriginalFilename(), file.getInputStream());
  }
}
