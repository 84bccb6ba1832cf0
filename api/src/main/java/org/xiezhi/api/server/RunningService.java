package org.xiezhi.api.server;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.xiezhi.api.audit.AuditLog;
import org.xiezhi.api.handlers.SystemOperations;
import org.xiezhi.api.metrics.ServiceMetrics;
import org.xiezhi.api.port.XiezhiServices;

/**
 * A started service: Vert.x, the server, the audit log and the metrics; close it to stop (it
 * closes the index it writes, the served models and the embedding model too).
 */
public final class RunningService implements AutoCloseable {
  private final Vertx vertx;
  private final XiezhiServer server;
  private final AuditLog audit;
  private final ServiceMetrics metrics;
  private final int port;
  private final XiezhiServices services;

  private RunningService(Vertx vertx, XiezhiServer server, AuditLog audit, ServiceMetrics metrics, int port, XiezhiServices services) {
    this.services = services;
    this.vertx = vertx;
    this.server = server;
    this.audit = audit;
    this.metrics = metrics;
    this.port = port;
  }

  /** Starts the service and waits until it listens. */
  public static RunningService start(ServerConfig config, XiezhiServices services) throws IOException {
    Vertx vertx = Vertx.vertx();
    AuditLog audit = new AuditLog(config.auditLog());
    ServiceMetrics metrics = new ServiceMetrics();
    metrics.gauge("xiezhi_index_documents{index=\"cases\"}", services.cases()::size);
    metrics.gauge("xiezhi_index_documents{index=\"statutes\"}", services.statutes()::size);
    AtomicReference<XiezhiServer> ref = new AtomicReference<>();
    List<Operation> ops = SystemOperations.table(services, metrics, () -> ref.get() == null || ref.get().auditHealthy());
    XiezhiServer server = new XiezhiServer(vertx, config, ops, audit, metrics);
    ref.set(server);
    try {
      int port = server.start().await();
      return new RunningService(vertx, server, audit, metrics, port, services);
    } catch (RuntimeException e) {
      server.close();
      audit.close();
      vertx.close().await();
      throw e;
    }
  }

  public int port() {
    return port;
  }

  public List<Operation> operations() {
    return server.operations();
  }

  public ServiceMetrics metrics() {
    return metrics;
  }

  public AuditLog audit() {
    return audit;
  }

  @Override
  public void close() throws IOException {
    server.close();
    vertx.close().await();
    audit.close();
    if (services.updates() instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IOException("closing the index: " + e.getMessage(), e);
      }
    }
    if (services.prediction() instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IOException("closing the models: " + e.getMessage(), e);
      }
    }
    if (services.embedder() != null) {
      services.embedder().close();
    }
  }
}
