package org.storydesk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.storydesk.backup.DeskCommands;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/storydesk.css")
// Editors see each other's notes, statuses and corrections appear without reloading.
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (DeskCommands.isCommand(args)) {
            System.exit(DeskCommands.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
