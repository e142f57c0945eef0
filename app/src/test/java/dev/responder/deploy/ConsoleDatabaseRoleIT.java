package dev.responder.deploy;

import static dev.responder.deploy.RoleTestDatabase.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.app.Main;
import dev.responder.console.audit.AuditChains;
import dev.responder.console.history.HistoryStore;
import dev.responder.console.history.StatusFilter;
import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.ProgressListener;
import dev.responder.console.projection.Projection;
import dev.responder.console.service.ProjectionService;
import dev.responder.console.service.ProjectionServiceConfig;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.sandbox.kafka.TopicCatalogue;
import dev.responder.schemas.topics.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

/**
 * {@code deploy/postgres/console-role.sql} on a real PostgreSQL: the projection service runs, and a
 * rebuild empties and migrates the schema, as {@code responder_console}, which may not create a
 * schema or read the CRM's tables; the reader role reads the history after that rebuild and cannot
 * change it. A database of its own keeps the roles' grants apart from the shared sandbox's.
 */
@ExtendWith(SandboxExtension.class)
class ConsoleDatabaseRoleIT {

  private static final String DATABASE = "crm_console_role_it";
  private static final String CONSOLE = "responder_console";
  private static final String READER = "responder_console_reader";
  private static final String PASSWORD = "console-role-it-password";

  private static RoleTestDatabase database;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void applyTheRoleScript(Postgres postgres) throws SQLException {
    database =
        RoleTestDatabase.create(postgres, DATABASE, "console-role.sql", List.of(CONSOLE, READER));
    database.execute(
        "ALTER ROLE " + CONSOLE + " PASSWORD '" + PASSWORD + "'",
        "ALTER ROLE " + READER + " PASSWORD '" + PASSWORD + "'");
  }

  @AfterAll
  static void dropTheDatabaseAndRoles() throws SQLException {
    database.drop();
  }

  @Test
  void shouldProjectRebuildAndBeReadUnderItsRoles(KafkaBroker kafka) throws Exception {
    AuditTopics topics = AuditTopics.named("role-" + UUID.randomUUID().toString().substring(0, 8));
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      TopicCatalogue.createMissing(admin, topics.used());
    }
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            kafka.clientProperties(), new StringSerializer(), new ByteArraySerializer())) {
      // Unreadable on purpose: the projection keeps it as an UNDECODABLE row, which is enough here.
      producer.send(new ProducerRecord<>(topics.alerts().name(), "fp-1", new byte[] {1})).get();
    }

    followUntilProjected(kafka, topics);
    long rebuilt =
        new Projection(as(CONSOLE), topics, kafka.bootstrapServers())
            .rebuild(ProgressListener.SILENT);

    assertThat(rebuilt).isEqualTo(1);
    assertThat(new AuditChains(as(READER)).verify().rows()).isEqualTo(1);
    assertThat(new HistoryStore(as(READER)).incidents(StatusFilter.ALL)).isEmpty();
    try (Connection reader = as(READER).getConnection();
        Statement sql = reader.createStatement()) {
      assertRefused(sql, "DELETE FROM projection.audit_log");
      assertRefused(sql, "UPDATE projection.audit_log SET content = '{}'");
      assertRefused(sql, "TRUNCATE projection.chain_heads");
      assertRefused(sql, "DROP VIEW projection.alerts");
    }
  }

  @Test
  void shouldRefuseTheConsoleEverythingOutsideItsSchema() throws SQLException {
    try (Connection console = as(CONSOLE).getConnection();
        Statement sql = console.createStatement()) {
      assertRefused(sql, "SELECT error_message FROM \"SocialPost\"");
      assertRefused(sql, "SELECT * FROM \"SyncLog\"");
      assertRefused(sql, "CREATE SCHEMA forbidden_by_role");
      assertRefused(sql, "CREATE DATABASE forbidden_by_role");
      try (ResultSet owner =
          sql.executeQuery(
              "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'projection'")) {
        owner.next();
        assertThat(owner.getString(1)).isEqualTo(CONSOLE);
      }
    }
  }

  /** The service as the pod runs it, until it is ready and has projected the one record. */
  private void followUntilProjected(KafkaBroker kafka, AuditTopics topics) throws Exception {
    ProjectionServiceConfig config =
        ProjectionServiceConfig.fromMap(
            Map.of(
                "RESPONDER_KAFKA_BOOTSTRAP",
                kafka.bootstrapServers(),
                "RESPONDER_PROJECTION_JDBC_URL",
                database.jdbcUrl(),
                "RESPONDER_PROJECTION_DB_USER",
                CONSOLE,
                "RESPONDER_PROJECTION_DB_PASSWORD",
                PASSWORD,
                "RESPONDER_PROJECTION_HTTP_PORT",
                "0"));
    AtomicBoolean stop = new AtomicBoolean();
    try (ProjectionService service = ProjectionService.start(config, topics)) {
      CompletableFuture<Void> following =
          CompletableFuture.runAsync(
              () -> {
                try {
                  service.follow(stop::get);
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () -> {
                  assertThat(get(service, "/readyz").statusCode()).isEqualTo(200);
                  assertThat(get(service, "/metrics").body())
                      .contains("responder_projection_records_read_total 1.0");
                });
      } finally {
        stop.set(true);
        following.get();
      }
    }
  }

  @Test
  void shouldVerifyTheAuditAgainstTheLogAsTheReaderFromTheCommandLine(KafkaBroker kafka)
      throws Exception {
    String key = "fp-cli-" + UUID.randomUUID();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            kafka.clientProperties(), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.ALERTS.name(), key, new byte[] {9, 9})).get();
    }
    String bootstrap = kafka.bootstrapServers();
    assertThat(cli("projection", "rebuild", "--bootstrap", bootstrap, "--jdbc", url(CONSOLE)))
        .isZero();
    assertThat(
            cli(
                "audit",
                "verify",
                "--against-log",
                "--bootstrap",
                bootstrap,
                "--jdbc",
                url(READER)))
        .as(out.toString())
        .isZero();

    database.execute(
        "UPDATE projection.audit_log SET kind = 'ALERT' WHERE record_key = '" + key + "'");
    int exit =
        cli("audit", "verify", "--against-log", "--bootstrap", bootstrap, "--jdbc", url(READER));

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .contains("CONTENT_CHANGED", "kind: log has 'UNDECODABLE', database has 'ALERT'");
  }

  private final StringWriter out = new StringWriter();

  private int cli(String... args) {
    out.getBuffer().setLength(0);
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(out, true));
    return commandLine.execute(args);
  }

  private static String url(String role) {
    String url = database.jdbcUrl();
    return url + (url.contains("?") ? "&" : "?") + "user=" + role + "&password=" + PASSWORD;
  }

  private HttpResponse<String> get(ProjectionService service, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static DataSource as(String role) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(database.jdbcUrl());
    dataSource.setUser(role);
    dataSource.setPassword(PASSWORD);
    return dataSource;
  }
}
