package dev.responder.app.local;

import dev.responder.operator.OperatorConfig;
import dev.responder.operator.OperatorService;
import dev.responder.operator.auth.Secrets;
import dev.responder.operator.auth.UserAccount;
import dev.responder.operator.auth.UsersFile;
import dev.responder.schemas.command.Role;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operator API in local mode: loopback, the sandbox broker, the derived catalog, and local
 * users with secrets generated for this start (carol the approver, dave a responder, vic a viewer).
 * The users file holds only hashes; each user's token and password are written beside it for {@code
 * --as USER} and a browser.
 */
final class LocalOperator {

  /** The local users and their roles. */
  static final Map<String, Role> USERS = users();

  private LocalOperator() {}

  private static Map<String, Role> users() {
    Map<String, Role> users = new LinkedHashMap<>();
    users.put("carol", Role.APPROVER);
    users.put("dave", Role.RESPONDER);
    users.put("vic", Role.VIEWER);
    return users;
  }

  static LocalService start(LocalContext context) throws Exception {
    LocalDirectory directory = new LocalDirectory(context.root());
    writeUsers(directory);
    Map<String, String> settings = new HashMap<>(System.getenv());
    settings.put(OperatorConfig.HOST, "127.0.0.1");
    settings.put(OperatorConfig.PORT, "0");
    settings.put(OperatorConfig.USERS_FILE, directory.operatorUsersFile().toString());
    settings.put(OperatorConfig.CATALOG, context.catalog().toString());
    settings.put(OperatorConfig.BOOTSTRAP, context.kafka().bootstrapServers());
    OperatorService service =
        OperatorService.start(OperatorConfig.fromMap(settings), Clock.systemUTC());
    return new RunningService("operator", service.uri(), service::close);
  }

  private static void writeUsers(LocalDirectory directory) throws IOException {
    List<UserAccount> accounts = new ArrayList<>();
    for (Map.Entry<String, Role> user : USERS.entrySet()) {
      String token = Secrets.newSecret();
      String password = Secrets.newSecret();
      directory.writeOperatorFile(directory.operatorTokenFile(user.getKey()), token + "\n");
      directory.writeOperatorFile(directory.operatorPasswordFile(user.getKey()), password + "\n");
      accounts.add(
          new UserAccount(
              user.getKey(),
              user.getValue(),
              Optional.of(Secrets.hashPassword(password)),
              Set.of(Secrets.hashToken(token))));
    }
    directory.writeOperatorFile(directory.operatorUsersFile(), UsersFile.render(accounts));
  }
}
