package org.storydesk.backup;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.storydesk.base.StoryDeskProperties;

/**
 * {@code java -jar story-desk.jar backup desk.zip} and {@code … restore desk.zip}, with the same
 * settings as the app ({@code --storydesk.data-dir}, {@code SPRING_DATASOURCE_URL}, …). A backup of the
 * embedded database is taken with the app stopped (its PostgreSQL runs inside the app); on an
 * external database the app may keep running. A restore needs an empty database.
 */
public final class DeskCommands {

    private static final Set<String> COMMANDS = Set.of("backup", "restore");

    private DeskCommands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command; answers the process's exit code (0 when it did what it was asked). */
    public static int run(String... args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("Usage: backup <file> | restore <file>  [--storydesk.data-dir=…] [--spring.datasource.url=…]");
            return 2;
        }
        String command = args[0];
        Path file = Path.of(args[1]).toAbsolutePath();
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        if (command.equals("restore") && !Files.isRegularFile(file)) {
            System.err.println("There is no backup at " + file);
            return 1;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("storydesk.analysis.enabled=false").run(settings)) {
            DeskBackup desk = context.getBean(DeskBackup.class);
            if (command.equals("backup")) {
                BackupSummary summary = desk.write(file, accounts(context));
                System.out.println("Backed up " + summary.total() + " rows to " + file + ": " + summary.rows());
                return 0;
            }
            return switch (desk.restore(file)) {
                case RestoreOutcome.Restored restored -> {
                    System.out.println("Restored " + restored.summary().total() + " rows from " + file + ": " + restored.summary().rows()
                            + ". Start Story Desk: it analyses the articles again.");
                    writeAccounts(file, desk.accounts(file), context.getBean(StoryDeskProperties.class).dataDir());
                    yield 0;
                }
                case RestoreOutcome.Refused refused -> {
                    System.err.println("Nothing was restored: " + refused.reason());
                    yield 1;
                }
            };
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            System.err.println("The " + command + " failed: " + cause.getMessage());
            return 1;
        }
    }

    /** The configured accounts, their passwords as hashes; none for the demo accounts, which every desk has anyway. */
    static List<DeskBackup.Account> accounts(ConfigurableApplicationContext context) {
        StoryDeskProperties properties = context.getBean(StoryDeskProperties.class);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return properties.accounts().stream().map(account -> new DeskBackup.Account(account.username(), account.role().name(),
                account.password().startsWith("{") ? account.password() : encoder.encode(account.password()))).toList();
    }

    /** Accounts the backup names are written for the operator to use: Story Desk takes its accounts from configuration. */
    private static void writeAccounts(Path backup, List<DeskBackup.Account> accounts, Path dataDir) throws IOException {
        if (accounts.isEmpty()) {
            return;
        }
        Path file = dataDir.toAbsolutePath().resolve("restored-accounts.properties");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("# The accounts of the backup " + backup.getFileName() + ", passwords as hashes. Use them with\n");
            out.write("#   --spring.config.import=file:" + file + "\n");
            for (int i = 0; i < accounts.size(); i++) {
                DeskBackup.Account account = accounts.get(i);
                out.write("storydesk.accounts[" + i + "].username=" + account.username() + "\n");
                out.write("storydesk.accounts[" + i + "].password=" + account.password().replace("\\", "\\\\") + "\n");
                out.write("storydesk.accounts[" + i + "].role=" + account.role() + "\n");
            }
        }
        System.out.println("The backup's " + accounts.size() + " accounts are in " + file + " (start with --spring.config.import=file:" + file + ")");
    }
}
