import Metrics
import Prometheus

/// The process-wide Prometheus registry behind swift-metrics.
public enum ServiceMetrics {
    /// Bootstrapped on first use; swift-metrics allows one bootstrap per process.
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
