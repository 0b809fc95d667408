package org.storydesk.tokens.ui;

import com.vaadin.flow.component.button.Button;
import java.util.stream.IntStream;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.support.ViewTest;
import org.storydesk.tokens.ApiToken;
import org.storydesk.tokens.ApiTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor makes a token for an integration in the dashboard, copies it from the one place it is shown, and revokes it. */
@IntegrationTest
class TokensViewTest extends ViewTest {

    @Autowired
    ApiTokens tokens;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anEditorCreatesATokenSeesItOnceAndRevokesIt() {
        TokensView view = open("tokens", TokensView.class);
        test(view.name).setValue("Newsletter export");
        test(view.create).click();

        assertThat($(Dialog.class).all()).hasSize(1);
        String secret = view.secret.getValue();
        assertThat(secret).startsWith("sd_");
        assertThat(tokens.holderOf(secret)).hasValueSatisfying(holder -> assertThat(holder.account()).isEqualTo("editor"));

        test(view.copied).click();
        assertThat(view.secret.getValue()).as("gone once the dialog is closed").isEmpty();
        assertThat(view.grid.getGenericDataView().getItems().filter(token -> token.name().equals("Newsletter export")).count())
                .isEqualTo(1);

        GridTester<Grid<ApiToken>, ApiToken> grid = test(view.grid);
        int row = IntStream.range(0, grid.size()).filter(index -> grid.getRow(index).name().equals("Newsletter export")).findFirst()
                .orElseThrow();
        test((Button) grid.getCellComponent(row, 5)).click();
        assertThat(tokens.holderOf(secret)).isEmpty();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void aTokenWithoutANameIsRefused() {
        TokensView view = open("tokens", TokensView.class);
        int before = (int) view.grid.getGenericDataView().getItems().count();
        test(view.create).click();
        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(before);
    }
}
