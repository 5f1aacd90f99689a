import Foundation

/// CPU time (user + system) used so far, read from Linux's `/proc`: what a benchmark divides
/// by its operations to show where each one's cost goes.
enum CPUTime {
    private static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// The process's own CPU seconds; with `reapedChildren`, also those of the children it has
    /// waited for (PostgreSQL's postmaster counts its ended backends so).
    static func seconds(of pid: Int32, reapedChildren: Bool = false) -> Double {
        guard let fields = statFields(of: pid) else { return 0 }
        // After the command's closing parenthesis: field 14 is utime, 15 stime, 16 cutime, 17 cstime.
        let counted = reapedChildren ? fields[11...14] : fields[11...12]
        return counted.compactMap { Double($0) }.reduce(0, +) / ticksPerSecond
    }

    /// A process and its live children, with the children it has reaped.
    static func secondsWithChildren(of parent: Int32) -> Double {
        let children = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?
            .compactMap(Int32.init)
            .filter { statFields(of: $0).flatMap { Int32($0[1]) } == parent } ?? []
        return seconds(of: parent, reapedChildren: true) + children.map { seconds(of: $0) }.reduce(0, +)
    }

    /// This process's children that have ended and been waited for (pgbench, for instance).
    static var reapedChildrenOfSelf: Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// The fields of `/proc/<pid>/stat` after the command name, from the state (field 3) on.
    private static func statFields(of pid: Int32) -> [Substring]? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: end)...].split(separator: " ")
    }
}
