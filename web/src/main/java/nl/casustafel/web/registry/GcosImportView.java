package nl.casustafel.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.registry.GcosImports;
import nl.casustafel.registry.gcos.GcosSource;
import nl.casustafel.registry.gcos.ImportRefused;
import nl.casustafel.registry.gcos.ImportReport;
import nl.casustafel.registry.gcos.LineReport;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Importeren uit GCOS" for the ZVH manager: upload a GCOS export, see the dry run's verdict
 * per line, then import the whole file (or nothing). The uploaded file stays on the server's disk
 * for this page only and is deleted when the page is left.
 */
@Named
@ViewScoped
public class GcosImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient GcosImports imports;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private transient Part file;
  private String uploaded;
  private List<String> lines = List.of();
  private String totals;
  private String fileError;
  private boolean committable;
  private boolean mayImport;

  @PostConstruct
  void init() {
    mayImport = activeTenant.id().isPresent() && imports.mayImport(user());
  }

  /** Keeps the upload and runs the dry run. */
  public void check() {
    try {
      discard();
      Path copy = Files.createTempFile("gcos-upload-", ".csv");
      try (InputStream in = file.getInputStream()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      uploaded = copy.toString();
      show(imports.dryRun(user(), GcosSource.of(copy)));
    } catch (IOException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("gcos.unreadable"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  /** Imports the checked file whole, or nothing. */
  public void commit() {
    if (uploaded == null) {
      return;
    }
    try {
      ImportReport stored = imports.commit(user(), GcosSource.of(Path.of(uploaded)));
      show(stored);
      committable = false;
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("gcos.done", totals));
      discard();
    } catch (ImportRefused e) {
      show(e.report());
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("gcos.refused"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  private void show(ImportReport report) {
    lines = report.lines().stream().map(LineReport::describe).toList();
    var t = report.totals();
    totals =
        Texts.get(
            "gcos.totals",
            t.lines(),
            t.newClients(),
            t.newCases(),
            t.newMeetings(),
            t.alreadyPresent(),
            t.rejected());
    fileError = report.optionalFileError().orElse(null);
    committable = report.committable();
  }

  @PreDestroy
  void discard() {
    if (uploaded != null) {
      try {
        Files.deleteIfExists(Path.of(uploaded));
      } catch (IOException e) {
        // A temporary file the system cleans up anyway.
      }
      uploaded = null;
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isMayImport() {
    return mayImport;
  }

  public List<String> getLines() {
    return lines;
  }

  public String getTotals() {
    return totals;
  }

  public String getFileError() {
    return fileError;
  }

  public boolean isCommittable() {
    return committable && uploaded != null;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
