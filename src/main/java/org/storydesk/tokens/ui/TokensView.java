package org.storydesk.tokens.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.storydesk.base.Outcome;
import org.storydesk.base.security.Roles;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Writes;
import org.storydesk.tokens.ApiToken;
import org.storydesk.tokens.ApiTokens;
import org.storydesk.tokens.TokenOutcome;

/**
 * API tokens, for editors: each integration gets a token of its own, named for what uses it,
 * shown once when it is made; revoking one shuts that integration out on every node at once.
 */
@Route("tokens")
@PageTitle("API tokens")
@Menu(order = 7, icon = "vaadin:key", title = "API tokens")
@RolesAllowed(Roles.EDITOR)
public class TokensView extends Div {

    final Grid<ApiToken> grid = new Grid<>();
    final TextField name = new TextField();
    final Button create = new Button("Create token", new Icon(VaadinIcon.PLUS));
    /** The new token, while its dialog is open: the only place it is ever shown. */
    final TextField secret = new TextField();
    final Button copied = new Button("I have copied it");

    private final ApiTokens tokens;

    TokensView(ApiTokens tokens) {
        this.tokens = tokens;
        addClassName("sd-page");
        Paragraph lede = new Paragraph("An integration (a CMS, a spreadsheet, a script) calls the API with a token of its own, "
                + "sent as “Authorization: Bearer …”. It acts as the editor who made it. The token is shown once; the desk keeps "
                + "only a fingerprint of it.");
        lede.addClassName("sd-lede");
        Div head = new Div(new H2("API tokens"), lede);
        head.addClassName("sd-page-head-stack");

        name.setPlaceholder("What will use it, such as “CMS import”");
        name.setAriaLabel("Name of the new token");
        name.setMaxLength(100);
        name.setWidth("22rem");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> create());
        Div toolbar = new Div(name, create);
        toolbar.addClassName("sd-toolbar");

        grid.addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(ApiToken::hint).setHeader("Starts with");
        grid.addColumn(ApiToken::account).setHeader("Acts as");
        grid.addColumn(token -> Formats.moment(token.created())).setHeader("Created");
        grid.addColumn(token -> token.lastUsed() == null ? "never" : Formats.moment(token.lastUsed())).setHeader("Last used");
        grid.addComponentColumn(this::state).setHeader("");
        grid.addThemeVariants(GridVariant.NO_ROW_BORDERS, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);

        add(head, toolbar, grid);
        refresh();
    }

    private com.vaadin.flow.component.Component state(ApiToken token) {
        if (!token.live()) {
            Span revoked = new Span("Revoked " + Formats.moment(token.revoked()) + " by " + token.revokedBy());
            revoked.addClassName("sd-muted");
            return revoked;
        }
        Button revoke = new Button("Revoke", click -> revoke(token));
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        revoke.setAriaLabel("Revoke the token " + token.name());
        return revoke;
    }

    private void create() {
        switch (tokens.create(name.getValue())) {
            case TokenOutcome.Created created -> {
                name.clear();
                refresh();
                show(created);
            }
            case TokenOutcome.Refused refused -> Writes.complain(refused.reason());
        }
    }

    private void show(TokenOutcome.Created created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Token “" + created.token().name() + "”");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setLabel("Copy it now: it is not shown again");
        secret.addClassName("sd-secret");
        dialog.add(secret, new Paragraph("curl -H 'Authorization: Bearer " + created.secret() + "' …/api/quotes"));
        copied.addThemeVariants(ButtonVariant.PRIMARY);
        copied.addClickListener(click -> {
            secret.clear();
            dialog.close();
        });
        dialog.getFooter().add(copied);
        dialog.setCloseOnOutsideClick(false);
        dialog.addDialogCloseActionListener(close -> {
            secret.clear();
            dialog.close();
        });
        dialog.setWidth("36rem");
        dialog.open();
    }

    private void revoke(ApiToken token) {
        switch (tokens.revoke(token.id())) {
            case Outcome.Saved<ApiToken> saved -> Writes.say("Revoked “" + token.name() + "”: it lets nobody in any more");
            case Outcome.Refused<ApiToken> refused -> Writes.complain(refused.reason());
            case Outcome.Missing<ApiToken> missing -> Writes.say("That token is gone");
            case Outcome.Conflict<ApiToken> conflict -> Writes.say("Someone else changed that token");
        }
        refresh();
    }

    void refresh() {
        grid.setItems(tokens.all());
    }
}
