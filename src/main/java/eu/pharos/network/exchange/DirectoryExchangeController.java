package eu.pharos.network.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The secretariat's import and export of the directory. An upload answers at once with a page that
 * shows the import's progress (refreshed by htmx, or by the "check again" button without
 * JavaScript) and, at the end, what was stored or every rejected row.
 */
@Controller
@RequestMapping("/app/network/exchange")
@PreAuthorize("hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')")
class DirectoryExchangeController {

  private final DirectoryImporter importer;
  private final DirectoryExporter exporter;
  private final ImportJobStore jobs;
  private final Clock clock;

  DirectoryExchangeController(
      DirectoryImporter importer, DirectoryExporter exporter, ImportJobStore jobs, Clock clock) {
    this.importer = importer;
    this.exporter = exporter;
    this.jobs = jobs;
    this.clock = clock;
  }

  @GetMapping
  String page(Model model) {
    model.addAttribute("imports", jobs.recent(10));
    model.addAttribute("maxMegabytes", importer.maxBytes() / (1024 * 1024));
    return "network/exchange/exchange";
  }

  @GetMapping("/export.csv")
  void exportCsv(HttpServletResponse response) throws IOException {
    export(DirectoryFormat.CSV, response);
  }

  @GetMapping("/export.json")
  void exportJson(HttpServletResponse response) throws IOException {
    export(DirectoryFormat.JSON, response);
  }

  private void export(DirectoryFormat format, HttpServletResponse response) throws IOException {
    var members = exporter.members();
    response.setContentType(format.contentType() + ";charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("pharos-directory-" + LocalDate.now(clock) + format.extension())
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    exporter.write(format, members, response.getOutputStream());
  }

  @PostMapping("/imports")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    try {
      if (file == null) {
        throw new ImportRefused(ImportRefused.Reason.EMPTY, importer.maxBytes());
      }
      if (file.getSize() > importer.maxBytes()) {
        throw new ImportRefused(ImportRefused.Reason.TOO_LARGE, importer.maxBytes());
      }
      UUID id = importer.start(file.getOriginalFilename(), file.getBytes());
      return "redirect:/app/network/exchange/imports/" + id;
    } catch (ImportRefused refused) {
      response.setStatus(
          refused.reason() == ImportRefused.Reason.TOO_LARGE
              ? HttpStatus.CONTENT_TOO_LARGE.value()
              : HttpStatus.BAD_REQUEST.value());
      model.addAttribute("uploadError", refused.messageKey());
      model.addAttribute("uploadErrorArgument", refused.limitInMegabytes());
      return page(model);
    }
  }

  @GetMapping("/imports/{id}")
  String progress(
      @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    ImportJob job = jobs.find(id).orElseThrow(() -> new ImportNotFound(id));
    model.addAttribute("job", job);
    return htmx != null ? "network/exchange/import :: progress" : "network/exchange/import";
  }
}
