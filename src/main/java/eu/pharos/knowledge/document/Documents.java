package eu.pharos.knowledge.document;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreActivity;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.platform.FileRejected;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a centre: folders, documents in one or more languages, and the versions of each
 * language. Members add documents and versions; moderators rename and delete empty folders and hide
 * documents. A document the caller may not see, or a hidden one for anyone but a moderator, is "not
 * found". Files belong to the organisation of whoever uploaded them and are read by the members of
 * other organisations only after the centre's access rules let them.
 */
@Service
public class Documents {

  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int NOTE_MAX = 500;
  public static final int FOLDER_NAME_MAX = 120;
  public static final int REASON_MAX = 500;

  /** The text preview shows this many characters of a version's text at most. */
  public static final int PREVIEW_CHARS = 2000;

  static final String KIND = "document";
  static final String FOLDER_KIND = "folder";

  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  private final CentreAccess access;
  private final CentreActivity activity;
  private final KnowledgeIndex index;
  private final DocumentFiles files;
  private final FolderRepository folders;
  private final DocumentRepository documents;
  private final LanguageVersionRepository languages;
  private final FileVersionRepository versions;
  private final Clock clock;

  Documents(
      CentreAccess access,
      CentreActivity activity,
      KnowledgeIndex index,
      DocumentFiles files,
      FolderRepository folders,
      DocumentRepository documents,
      LanguageVersionRepository languages,
      FileVersionRepository versions,
      Clock clock) {
    this.access = access;
    this.activity = activity;
    this.index = index;
    this.files = files;
    this.folders = folders;
    this.documents = documents;
    this.languages = languages;
    this.versions = versions;
    this.clock = clock;
  }

  // --- Reading -----------------------------------------------------------------------------------

  /** The centre with the caller's standing. */
  @Transactional(readOnly = true)
  public CentreRef centre(String slug) {
    return access.read(slug);
  }

  /** The folders the caller may see, top folders first by name, each followed by its own. */
  @Transactional(readOnly = true)
  public List<FolderView> folders(String slug) {
    return folders(access.read(slug));
  }

  /**
   * The documents the caller may see, newest change first; hidden ones for moderators only.
   *
   * @param folderId only those in this folder, or null for all
   */
  @Transactional(readOnly = true)
  public List<DocumentSummary> list(String slug, UUID folderId) {
    CentreRef centre = access.read(slug);
    List<Document> found =
        documents
            .findByCentreIdAndVisibilityInOrderByUpdatedAtDesc(centre.id(), visible(centre))
            .stream()
            .filter(d -> !d.hidden() || centre.isModerator())
            .filter(d -> folderId == null || folderId.equals(d.folderId()))
            .toList();
    return summaries(centre, found);
  }

  /**
   * The documents changed last that the reader of {@code centre} may see, for the centre's home.
   */
  @Transactional(readOnly = true)
  public List<DocumentSummary> recent(CentreRef centre, int limit) {
    return summaries(
        centre,
        documents.findByCentreIdAndVisibilityInAndHiddenFalseOrderByUpdatedAtDesc(
            centre.id(), visible(centre), Limit.of(limit)));
  }

  /**
   * @throws DocumentNotFound for an unknown document or one the caller may not see
   */
  @Transactional(readOnly = true)
  public DocumentView get(String slug, UUID documentId) {
    CentreRef centre = access.read(slug);
    return view(centre, readable(centre, documentId));
  }

  /** A version's file, after the centre's rules let the caller read the document. */
  @Transactional(readOnly = true)
  public FileDownload download(String slug, UUID documentId, UUID versionId) {
    FileVersion version = readableVersion(slug, documentId, versionId);
    return new FileDownload(
        version.fileName(), version.contentType(), version.size(), files.open(version.fileId()));
  }

  /**
   * A picture of a version for its preview: a PDF's first page as PNG, or an image itself; empty
   * for other types or a PDF that cannot be drawn.
   */
  @Transactional(readOnly = true)
  public Optional<FileDownload> preview(String slug, UUID documentId, UUID versionId) {
    FileVersion version = readableVersion(slug, documentId, versionId);
    return switch (PreviewKind.of(version.contentType(), false)) {
      case FIRST_PAGE ->
          files
              .firstPage(version.fileId())
              .map(
                  png ->
                      new FileDownload(
                          "preview.png",
                          "image/png",
                          png.length,
                          new java.io.ByteArrayInputStream(png)));
      case IMAGE ->
          Optional.of(
              new FileDownload(
                  version.fileName(),
                  version.contentType(),
                  version.size(),
                  files.open(version.fileId())));
      default -> Optional.empty();
    };
  }

  // --- Folders -----------------------------------------------------------------------------------

  /**
   * A member adds a folder, at the top or within a top folder.
   *
   * @throws InvalidInput on {@code name}, {@code parentId} or {@code visibility}
   */
  @Transactional
  public FolderView createFolder(String slug, String name, UUID parentId, Visibility visibility) {
    CentreRef centre = access.requireMember(slug);
    List<InvalidInput.Problem> problems = new ArrayList<>();
    String cleanName = text(name);
    if (cleanName == null) {
      problems.add(InvalidInput.Problem.of("name", "knowledge.documents.error.folder-name"));
    } else if (cleanName.length() > FOLDER_NAME_MAX) {
      problems.add(
          InvalidInput.Problem.of("name", "knowledge.documents.error.too-long", FOLDER_NAME_MAX));
    }
    if (parentId != null) {
      Optional<Folder> parent = folders.findById(parentId);
      if (parent.isEmpty()
          || !parent.get().centreId().equals(centre.id())
          || !centre.maySee(parent.get().visibility())
          || parent.get().parentId() != null) {
        problems.add(InvalidInput.Problem.of("parentId", "knowledge.documents.error.parent"));
      }
    }
    if (visibility == null) {
      problems.add(
          InvalidInput.Problem.of("visibility", "knowledge.documents.error.visibility-required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Folder folder =
        folders.save(
            new Folder(
                centre.id(), parentId, cleanName, visibility, access.currentUserId(), now()));
    activity.record(
        centre.id(), FOLDER_KIND, "created", cleanName, listLink(centre, folder.id()), visibility);
    return folderView(folder, true);
  }

  /** A moderator renames a folder. */
  @Transactional
  public FolderView renameFolder(String slug, UUID folderId, String name) {
    CentreRef centre = access.requireModerator(slug);
    Folder folder = folderOf(centre, folderId);
    String cleanName = text(name);
    if (cleanName == null) {
      throw InvalidInput.of("name", "knowledge.documents.error.folder-name");
    }
    if (cleanName.length() > FOLDER_NAME_MAX) {
      throw InvalidInput.of("name", "knowledge.documents.error.too-long", FOLDER_NAME_MAX);
    }
    folder.rename(cleanName, access.currentUserId(), now());
    activity.record(
        centre.id(),
        FOLDER_KIND,
        "renamed",
        cleanName,
        listLink(centre, folder.id()),
        folder.visibility());
    return folderView(folder, isEmpty(folder.id()));
  }

  /**
   * A moderator deletes an empty folder.
   *
   * @throws InvalidInput on {@code folder} while it holds a document or a folder
   */
  @Transactional
  public void deleteFolder(String slug, UUID folderId) {
    CentreRef centre = access.requireModerator(slug);
    Folder folder = folderOf(centre, folderId);
    if (!isEmpty(folder.id())) {
      throw InvalidInput.of("folder", "knowledge.documents.error.folder-not-empty");
    }
    folders.delete(folder);
    activity.record(
        centre.id(),
        FOLDER_KIND,
        "deleted",
        folder.name(),
        "/app/centres/" + centre.slug() + "/documents",
        folder.visibility());
  }

  // --- Documents ---------------------------------------------------------------------------------

  /**
   * A member adds a document with its first file. Nothing is stored when anything is refused.
   *
   * @throws InvalidInput on the fields at fault, checked before the file; on {@code file} for a PDF
   *     with scripts or an office file with macros
   * @throws FileRejected for no file, an empty one, one too large or of a type not allowed
   */
  @Transactional
  public DocumentView create(String slug, NewDocument input, Upload upload) {
    CentreRef centre = access.requireMember(slug);
    List<InvalidInput.Problem> problems = new ArrayList<>();
    String title = text(input.title());
    if (title == null) {
      problems.add(InvalidInput.Problem.of("title", "knowledge.documents.error.title-required"));
    } else if (title.length() > TITLE_MAX) {
      problems.add(
          InvalidInput.Problem.of("title", "knowledge.documents.error.too-long", TITLE_MAX));
    }
    String description = text(input.description());
    if (description != null && description.length() > DESCRIPTION_MAX) {
      problems.add(
          InvalidInput.Problem.of(
              "description", "knowledge.documents.error.too-long", DESCRIPTION_MAX));
    }
    Folder folder = null;
    if (input.folderId() != null) {
      folder = folders.findById(input.folderId()).orElse(null);
      if (folder == null
          || !folder.centreId().equals(centre.id())
          || !centre.maySee(folder.visibility())) {
        problems.add(InvalidInput.Problem.of("folderId", "knowledge.documents.error.folder"));
        folder = null;
      }
    }
    String language = language(input.language(), problems);
    String note = note(input.changeNote(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Visibility visibility =
        input.visibility() != null
            ? input.visibility()
            : folder != null ? folder.visibility() : Visibility.CENTRE;
    Instant now = now();
    Document document =
        documents.save(
            new Document(
                centre.id(),
                folder == null ? null : folder.id(),
                title,
                description,
                visibility,
                access.currentUserId(),
                now));
    LanguageVersion languageVersion =
        languages.save(new LanguageVersion(document.id(), language, now));
    addVersion(languageVersion, 1, note, upload, now);
    activity.record(centre.id(), KIND, "created", title, link(centre, document), visibility);
    indexAll(centre, document);
    return view(centre, document);
  }

  /**
   * A member uploads a new version of a document's language version; it becomes the current one.
   *
   * @throws InvalidInput on {@code language} for a language the document is not in yet
   */
  @Transactional
  public DocumentView uploadVersion(
      String slug, UUID documentId, String language, String changeNote, Upload upload) {
    CentreRef centre = access.read(slug);
    Document document = readable(centre, documentId);
    requireMember(centre);
    List<InvalidInput.Problem> problems = new ArrayList<>();
    String code = language(language, problems);
    String note = note(changeNote, problems);
    Optional<LanguageVersion> existing =
        code == null ? Optional.empty() : languages.findByDocumentIdAndLanguage(documentId, code);
    if (code != null && existing.isEmpty()) {
      problems.add(InvalidInput.Problem.of("language", "knowledge.documents.error.no-language"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    LanguageVersion languageVersion = existing.orElseThrow();
    int number =
        versions
                .findFirstByLanguageIdOrderByNumberDesc(languageVersion.id())
                .map(FileVersion::number)
                .orElse(0)
            + 1;
    Instant now = now();
    addVersion(languageVersion, number, note, upload, now);
    languageVersion.touched(now);
    document.touched(access.currentUserId(), now);
    activity.record(
        centre.id(),
        KIND,
        "version",
        document.title() + " (" + code + ", " + number + ")",
        link(centre, document),
        document.visibility());
    indexAll(centre, document);
    return view(centre, document);
  }

  /**
   * A member adds the document in another language, with its first file.
   *
   * @throws InvalidInput on {@code language} for a language the document is in already
   */
  @Transactional
  public DocumentView addLanguage(
      String slug, UUID documentId, String language, String changeNote, Upload upload) {
    CentreRef centre = access.read(slug);
    Document document = readable(centre, documentId);
    requireMember(centre);
    List<InvalidInput.Problem> problems = new ArrayList<>();
    String code = language(language, problems);
    String note = note(changeNote, problems);
    if (code != null && languages.findByDocumentIdAndLanguage(documentId, code).isPresent()) {
      problems.add(
          InvalidInput.Problem.of("language", "knowledge.documents.error.language-exists"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = now();
    LanguageVersion languageVersion = languages.save(new LanguageVersion(documentId, code, now));
    addVersion(languageVersion, 1, note, upload, now);
    document.touched(access.currentUserId(), now);
    activity.record(
        centre.id(),
        KIND,
        "language",
        document.title() + " (" + code + ")",
        link(centre, document),
        document.visibility());
    indexAll(centre, document);
    return view(centre, document);
  }

  /**
   * A moderator hides a document from everyone but the moderators, saying why; search no longer
   * finds it.
   *
   * @throws InvalidInput on {@code reason} when none is given
   */
  @Transactional
  public DocumentView hide(String slug, UUID documentId, String reason) {
    CentreRef centre = access.read(slug);
    Document document = readable(centre, documentId);
    requireModerator(centre);
    String why = text(reason);
    if (why == null) {
      throw InvalidInput.of("reason", "knowledge.documents.error.reason-required");
    }
    if (why.length() > REASON_MAX) {
      throw InvalidInput.of("reason", "knowledge.documents.error.too-long", REASON_MAX);
    }
    document.hide(why, access.currentUserId(), now());
    for (LanguageVersion language : languages.findByDocumentIdOrderByCreatedAtAsc(documentId)) {
      index.hide(KnowledgeIndex.KIND_DOCUMENT, language.id(), true);
    }
    activity.record(
        centre.id(), KIND, "hidden", document.title(), link(centre, document), Visibility.CENTRE);
    return view(centre, document);
  }

  /** A moderator shows a hidden document again. */
  @Transactional
  public DocumentView show(String slug, UUID documentId) {
    CentreRef centre = access.read(slug);
    Document document = readable(centre, documentId);
    requireModerator(centre);
    document.show(access.currentUserId(), now());
    for (LanguageVersion language : languages.findByDocumentIdOrderByCreatedAtAsc(documentId)) {
      index.hide(KnowledgeIndex.KIND_DOCUMENT, language.id(), false);
    }
    activity.record(
        centre.id(), KIND, "shown", document.title(), link(centre, document), Visibility.CENTRE);
    return view(centre, document);
  }

  // --- Search ------------------------------------------------------------------------------------

  /** Every language version of every document as the index holds it, for a rebuild. */
  @Transactional(readOnly = true)
  void describeAll(java.util.function.Consumer<IndexedItem> sink) {
    Map<UUID, CentreRef> centres = new LinkedHashMap<>();
    for (Document document : documents.findAll()) {
      CentreRef centre = centres.computeIfAbsent(document.centreId(), access::read);
      items(centre, document).forEach(sink);
    }
  }

  // --- Inside ------------------------------------------------------------------------------------

  private void addVersion(
      LanguageVersion language, int number, String note, Upload upload, Instant now) {
    StaffUser user =
        access
            .currentUser()
            .orElseThrow(
                () ->
                    new org.springframework.security.access.AccessDeniedException(
                        "Only a signed-in member may upload"));
    StoredUpload stored = files.store(upload);
    versions.save(
        new FileVersion(
            language,
            number,
            stored,
            user.organisationId(),
            user.userId(),
            user.displayName(),
            note,
            now));
  }

  private void indexAll(CentreRef centre, Document document) {
    versions.flush();
    items(centre, document).forEach(index::put);
  }

  private List<IndexedItem> items(CentreRef centre, Document document) {
    List<FileVersion> all = versions.findByDocumentIdOrderByNumberDesc(document.id());
    List<IndexedItem> items = new ArrayList<>();
    for (LanguageVersion language : languages.findByDocumentIdOrderByCreatedAtAsc(document.id())) {
      Optional<FileVersion> current =
          all.stream().filter(v -> v.languageId().equals(language.id())).findFirst();
      items.add(
          new IndexedItem(
              KnowledgeIndex.KIND_DOCUMENT,
              language.id(),
              centre.id(),
              document.visibility(),
              document.hidden(),
              document.title(),
              current.map(FileVersion::extractedText).orElse(null),
              language.language(),
              null,
              null,
              link(centre, document) + "?language=" + language.language(),
              language.updatedAt()));
    }
    return items;
  }

  private Document readable(CentreRef centre, UUID documentId) {
    Document document = documentId == null ? null : documents.findById(documentId).orElse(null);
    if (document == null
        || !document.centreId().equals(centre.id())
        || !centre.maySee(document.visibility())
        || (document.hidden() && !centre.isModerator())) {
      throw DocumentNotFound.forId(documentId);
    }
    return document;
  }

  private FileVersion readableVersion(String slug, UUID documentId, UUID versionId) {
    CentreRef centre = access.read(slug);
    Document document = readable(centre, documentId);
    return versions
        .findById(versionId)
        .filter(v -> v.documentId().equals(document.id()))
        .orElseThrow(() -> DocumentNotFound.forId(versionId));
  }

  private Folder folderOf(CentreRef centre, UUID folderId) {
    return folders
        .findById(folderId)
        .filter(f -> f.centreId().equals(centre.id()) && centre.maySee(f.visibility()))
        .orElseThrow(() -> DocumentNotFound.forId(folderId));
  }

  private boolean isEmpty(UUID folderId) {
    return !documents.existsByFolderId(folderId) && !folders.existsByParentId(folderId);
  }

  private void requireMember(CentreRef centre) {
    if (!centre.isMember()) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only members of the centre may do this");
    }
  }

  private void requireModerator(CentreRef centre) {
    if (!centre.isModerator()) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only moderators of the centre may do this");
    }
  }

  private List<FolderView> folders(CentreRef centre) {
    List<Folder> all =
        folders.findByCentreIdOrderByNameAsc(centre.id()).stream()
            .filter(f -> centre.maySee(f.visibility()))
            .toList();
    List<FolderView> ordered = new ArrayList<>();
    for (Folder top : all) {
      if (top.parentId() != null) {
        continue;
      }
      ordered.add(folderView(top, isEmpty(top.id())));
      for (Folder child : all) {
        if (top.id().equals(child.parentId())) {
          ordered.add(folderView(child, isEmpty(child.id())));
        }
      }
    }
    return ordered;
  }

  private List<DocumentSummary> summaries(CentreRef centre, List<Document> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<String>> codes =
        languages.findByDocumentIdIn(found.stream().map(Document::id).toList()).stream()
            .sorted(Comparator.comparing(l -> l.language()))
            .collect(
                Collectors.groupingBy(
                    LanguageVersion::documentId,
                    Collectors.mapping(LanguageVersion::language, Collectors.toList())));
    Map<UUID, Folder> byId =
        folders.findByCentreIdOrderByNameAsc(centre.id()).stream()
            .filter(f -> centre.maySee(f.visibility()))
            .collect(Collectors.toMap(Folder::id, Function.identity()));
    return found.stream()
        .map(
            d ->
                new DocumentSummary(
                    d.id(),
                    d.title(),
                    d.folderId(),
                    Optional.ofNullable(d.folderId()).map(byId::get).map(Folder::name).orElse(null),
                    d.visibility(),
                    d.hidden(),
                    codes.getOrDefault(d.id(), List.of()),
                    d.updatedAt()))
        .toList();
  }

  private DocumentView view(CentreRef centre, Document document) {
    List<FileVersion> all = versions.findByDocumentIdOrderByNumberDesc(document.id());
    List<LanguageView> languageViews = new ArrayList<>();
    for (LanguageVersion language : languages.findByDocumentIdOrderByCreatedAtAsc(document.id())) {
      List<FileVersion> ofLanguage =
          all.stream().filter(v -> v.languageId().equals(language.id())).toList();
      if (ofLanguage.isEmpty()) {
        continue;
      }
      FileVersion current = ofLanguage.get(0);
      String previewText = null;
      if (PreviewKind.of(current.contentType(), current.extractedText() != null)
          == PreviewKind.TEXT) {
        String text = current.extractedText();
        previewText = text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "…" : text;
      }
      languageViews.add(
          new LanguageView(
              language.id(),
              language.language(),
              ofLanguage.stream().map(Documents::versionView).toList(),
              previewText));
    }
    FolderView folder =
        document.folderId() == null
            ? null
            : folders
                .findById(document.folderId())
                .filter(f -> centre.maySee(f.visibility()))
                .map(f -> folderView(f, false))
                .orElse(null);
    return new DocumentView(
        document.id(),
        centre,
        document.title(),
        document.description(),
        folder,
        document.visibility(),
        document.hidden(),
        centre.isModerator() ? document.hiddenReason() : null,
        languageViews,
        document.createdAt(),
        document.updatedAt());
  }

  private static VersionView versionView(FileVersion version) {
    return new VersionView(
        version.id(),
        version.number(),
        version.fileName(),
        version.contentType(),
        version.size(),
        version.uploaderName(),
        version.changeNote(),
        version.createdAt(),
        PreviewKind.of(version.contentType(), version.extractedText() != null));
  }

  private static FolderView folderView(Folder folder, boolean empty) {
    return new FolderView(
        folder.id(), folder.parentId(), folder.name(), folder.visibility(), empty);
  }

  private static List<Visibility> visible(CentreRef centre) {
    return Arrays.stream(Visibility.values()).filter(centre::maySee).toList();
  }

  private static String language(String value, List<InvalidInput.Problem> problems) {
    String code = text(value);
    if (code == null) {
      problems.add(
          InvalidInput.Problem.of("language", "knowledge.documents.error.language-required"));
      return null;
    }
    code = code.toLowerCase(Locale.ROOT);
    if (!code.matches("[a-z]{2}") || !ISO_LANGUAGES.contains(code)) {
      problems.add(
          InvalidInput.Problem.of("language", "knowledge.documents.error.language-unknown"));
      return null;
    }
    return code;
  }

  private static String note(String value, List<InvalidInput.Problem> problems) {
    String note = text(value);
    if (note != null && note.length() > NOTE_MAX) {
      problems.add(
          InvalidInput.Problem.of("changeNote", "knowledge.documents.error.too-long", NOTE_MAX));
    }
    return note;
  }

  private static String text(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static String link(CentreRef centre, Document document) {
    return "/app/centres/" + centre.slug() + "/documents/" + document.id();
  }

  private static String listLink(CentreRef centre, UUID folderId) {
    return "/app/centres/" + centre.slug() + "/documents?folder=" + folderId;
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
