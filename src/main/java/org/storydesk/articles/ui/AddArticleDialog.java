package org.storydesk.articles.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import org.storydesk.articles.NewArticle;

/**
 * Where an editor pastes an article, uploads a .txt or .html file, or a .zip of many, and may say
 * what the page does not (headline, outlet, byline, date). It only collects, and shows how far a
 * batch has come; the view that opens it stores.
 */
class AddArticleDialog extends Dialog {

    final TextArea text = new TextArea("Article text");
    final Upload upload;
    final TextField headline = new TextField("Headline");
    final TextField outlet = new TextField("Outlet");
    final TextField byline = new TextField("Byline");
    final DatePicker published = new DatePicker("Published");
    final Button add = new Button("Add article");
    final Span fileReady = new Span();
    final ProgressBar batchProgress = new ProgressBar();
    final Span batchMessage = new Span();
    private FormLayout form;

    private byte[] uploaded;
    private boolean uploadedHtml;
    private String uploadedZip;

    /**
     * @param maxBytes    the largest article
     * @param maxZipBytes the largest .zip of articles
     */
    AddArticleDialog(long maxBytes, long maxZipBytes) {
        setHeaderTitle("Add an article");
        setWidth("min(760px, 96vw)");
        setCloseOnOutsideClick(false);

        Paragraph hint = new Paragraph("Paste the page as you copied it, or upload a .txt or .html file (or a .zip of many): "
                + "menus, sign-ups and other page furniture are removed, and the headline, byline, outlet and date are read off "
                + "each page. Fill in below only what the page does not say.");
        hint.addClassName("sd-dialog-hint");

        text.setWidthFull();
        text.setMinHeight("220px");
        text.setMaxHeight("360px");
        text.setPlaceholder("Paste the article here…");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> {
            if (!change.getValue().isBlank()) {
                clearUpload();
            }
        });

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String name = metadata.fileName() == null ? "file" : metadata.fileName();
            uploaded = data;
            uploadedZip = name.toLowerCase(Locale.ROOT).endsWith(".zip") || String.valueOf(metadata.contentType()).contains("zip") ? name : null;
            uploadedHtml = name.toLowerCase(Locale.ROOT).matches(".*\\.html?$")
                    || String.valueOf(metadata.contentType()).contains("html");
            getUI().ifPresent(ui -> ui.access(() -> {
                text.clear();
                fileReady.setText((uploadedZip != null ? "Ready to add the articles in " : "Ready to add: ") + name + " ("
                        + Math.max(1, data.length / 1024) + " KB)");
                // What the editor types below is about one page: a .zip's pages each say their own.
                form.setVisible(uploadedZip == null);
                add.setText(uploadedZip != null ? "Add articles" : "Add article");
            }));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, Math.max(maxBytes, maxZipBytes)));
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", ".zip", "text/plain", "text/html", "application/zip");
        upload.setDropLabel(new Span("or drop a .txt, .html or .zip file here"));
        upload.addFileRejectedListener(rejected -> error(rejected.getErrorMessage().contains("size")
                || rejected.getErrorMessage().toLowerCase(Locale.ROOT).contains("too big")
                ? "That file is larger than the " + (Math.max(maxBytes, maxZipBytes) / (1024 * 1024)) + " MB a file may be."
                : "Only .txt, .html and .zip files can be added: " + rejected.getErrorMessage()));
        upload.addFileRemovedListener(removed -> clearUpload());
        fileReady.addClassName("sd-upload-ready");

        headline.setWidthFull();
        published.setMax(LocalDate.now().plusDays(1));
        published.setHelperText("Leave empty if the page states it");
        form = new FormLayout(headline, outlet, byline, published);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setColspan(headline, 2);

        batchProgress.setVisible(false);
        batchMessage.addClassName("sd-batch-progress");
        batchMessage.getElement().setAttribute("aria-live", "polite");
        VerticalLayout content = new VerticalLayout(hint, text, upload, fileReady, form, batchProgress, batchMessage);
        content.setPadding(false);
        content.setSpacing(true);
        add(content);

        Button cancel = new Button("Cancel", click -> close());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        add.setDisableOnClick(true);
        add.addClickListener(click -> submit());
        add.setTooltipText("Ctrl+Enter");
        getFooter().add(cancel, add);
    }

    private void submit() {
        if (uploaded != null && uploadedZip != null) {
            fireEvent(new BatchEvent(this, uploadedZip, uploaded));
            return;
        }
        NewArticle article;
        if (uploaded != null) {
            article = NewArticle.upload(uploaded, uploadedHtml);
        } else {
            String pasted = text.getValue();
            boolean html = pasted.stripLeading().startsWith("<") && pasted.contains("</");
            article = NewArticle.upload(pasted.getBytes(StandardCharsets.UTF_8), html);
        }
        fireEvent(new SubmitEvent(this, article.withMetadata(outlet.getValue(), headline.getValue(), byline.getValue(),
                published.getValue())));
    }

    /** The editor's submission was refused: the dialog stays open with everything they entered. */
    void refused(String reason) {
        add.setEnabled(true);
        error(reason);
    }

    private void clearUpload() {
        uploaded = null;
        uploadedZip = null;
        fileReady.setText("");
        form.setVisible(true);
        add.setText("Add article");
    }

    /** A batch is being added: how many of how many are done. */
    void progress(int done, int total) {
        batchProgress.setVisible(true);
        batchProgress.setValue(total == 0 ? 0 : (double) done / total);
        batchMessage.setText("Adding " + done + " of " + total + " articles…");
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    Registration addBatchListener(ComponentEventListener<BatchEvent> listener) {
        return addListener(BatchEvent.class, listener);
    }

    /** The editor asks for the articles of a .zip to be added. */
    static class BatchEvent extends ComponentEvent<AddArticleDialog> {
        private final String name;
        private final byte[] zip;

        BatchEvent(AddArticleDialog source, String name, byte[] zip) {
            super(source, false);
            this.name = name;
            this.zip = zip;
        }

        String name() {
            return name;
        }

        byte[] zip() {
            return zip;
        }
    }

    /** The editor asks for this article to be added. */
    static class SubmitEvent extends ComponentEvent<AddArticleDialog> {
        private final NewArticle article;

        SubmitEvent(AddArticleDialog source, NewArticle article) {
            super(source, false);
            this.article = article;
        }

        NewArticle article() {
            return article;
        }
    }
}
