import Foundation

/// Mirrors a file or folder: copies what differs, deletes what the source no longer has, and leaves identical
/// files alone (their dates too), so that a build in the copy stays incremental.
enum WorkCopy {
    static func sync(_ source: String, to target: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: source, isDirectory: &isDirectory) else {
            if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
            return
        }
        if !isDirectory.boolValue {
            let data = try Data(contentsOf: URL(fileURLWithPath: source))
            if fm.contents(atPath: target) != data {
                if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
                try data.write(to: URL(fileURLWithPath: target))
            }
            return
        }
        var targetIsDirectory: ObjCBool = false
        if fm.fileExists(atPath: target, isDirectory: &targetIsDirectory), !targetIsDirectory.boolValue {
            try fm.removeItem(atPath: target)
        }
        try fm.createDirectory(atPath: target, withIntermediateDirectories: true)
        let names = Set(try fm.contentsOfDirectory(atPath: source))
        for old in try fm.contentsOfDirectory(atPath: target) where !names.contains(old) {
            try fm.removeItem(atPath: target + "/" + old)
        }
        for name in names.sorted() { try sync(source + "/" + name, to: target + "/" + name) }
    }
}
