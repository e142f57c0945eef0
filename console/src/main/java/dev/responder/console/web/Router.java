package dev.responder.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's routes: a method and a whole-path pattern each, tried in order; a path no route
 * takes is declined (404). A page that fails answers 500 with a plain message and logs why.
 */
final class Router extends Handler.Abstract {

  private static final Logger LOGGER = LoggerFactory.getLogger(Router.class);

  /** What a route does with a matched request. */
  @FunctionalInterface
  interface Action {
    void handle(Exchange exchange) throws Exception;
  }

  private record Route(String method, Pattern path, Action action) {}

  private final List<Route> routes = new ArrayList<>();

  Router get(String path, Action action) {
    routes.add(new Route("GET", Pattern.compile(path), action));
    return this;
  }

  Router post(String path, Action action) {
    routes.add(new Route("POST", Pattern.compile(path), action));
    return this;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(path);
      if (!matcher.matches()) {
        continue;
      }
      if (!route.method().equals(request.getMethod())
          && !(route.method().equals("GET") && request.getMethod().equals("HEAD"))) {
        continue;
      }
      List<String> groups =
          IntStream.rangeClosed(1, matcher.groupCount()).mapToObj(matcher::group).toList();
      Exchange exchange = new Exchange(request, response, callback, groups);
      try {
        route.action().handle(exchange);
      } catch (Exception | Error e) {
        LOGGER.warn("{} {} failed", request.getMethod(), path, e);
        if (!response.isCommitted()) {
          exchange.send(500, "text/plain; charset=utf-8", "the console failed: " + e);
        } else {
          callback.failed(e);
        }
      }
      return true;
    }
    return false;
  }
}
