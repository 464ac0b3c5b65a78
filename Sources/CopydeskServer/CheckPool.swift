import CopydeskCore
import CopydeskEngine
import Foundation

/// One article to check, as it came in: the text's bytes, its label, syntax and requested language.
struct CheckJob: Sendable {
    var bytes: [UInt8]
    var path: String
    var syntax: Syntax
    var language: String?
}

/// Worker threads that check articles, each with its own `TextChecker` (its own hunspell handles, opened once at
/// start), fed from one queue. Requests wait on a continuation, so checking never blocks the server's event loops.
final class CheckPool: @unchecked Sendable {
    enum State: Sendable, Equatable {
        case loading
        case ready
        /// The configuration's dictionary could not be opened: nothing can be checked.
        case failed(String)
    }

    let engine: TextCheckEngine
    private let workers: Int
    private let languages: [String]
    private let condition = NSCondition()
    private var queue: [(CheckJob, Reply)] = []
    private var started = 0
    private var loaded = 0
    private var _state = State.loading
    private var _available: [String] = []

    /// - Parameter languages: dictionaries to open at start besides the configuration's (`en_US`, `en_GB`).
    init(engine: TextCheckEngine, workers: Int, languages: [String]) {
        self.engine = engine
        self.workers = max(1, workers)
        self.languages = languages
    }

    var state: State {
        condition.lock()
        defer { condition.unlock() }
        return _state
    }

    /// Dictionary names every worker has open (the configuration's first), once loaded.
    var available: [String] {
        condition.lock()
        defer { condition.unlock() }
        return _available
    }

    /// Starts the workers; each opens its dictionaries, then takes jobs. `state` becomes `.ready` when all have.
    func start() {
        condition.lock()
        guard started == 0 else { condition.unlock(); return }
        started = workers
        condition.unlock()
        for index in 0..<workers {
            let thread = Thread { [self] in work(first: index == 0) }
            thread.name = "copydesk-check-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func work(first: Bool) {
        let checker = engine.makeChecker()
        var opened: [String] = []
        var failure: String?
        switch checker.prepare(language: engine.configuration.language) {
        case .success(let name): opened.append(name)
        case .failure(let error): failure = error.description
        }
        for language in languages {
            if case .success(let name) = checker.prepare(language: language), !opened.contains(name) { opened.append(name) }
        }
        condition.lock()
        if let failure {
            _state = .failed(failure)
        } else {
            loaded += 1
            if first { _available = opened }
            if loaded == workers, _state == .loading { _state = .ready }
        }
        condition.broadcast()
        condition.unlock()
        while let (job, reply) = take() {
            guard !reply.isFinished else { continue }
            let result = checker.check(job.bytes, path: job.path, syntax: job.syntax, language: job.language)
            reply.finish(.success(result))
        }
    }

    private func take() -> (CheckJob, Reply)? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty { condition.wait() }
        return queue.removeFirst()
    }

    /// Checks one article, or fails with 503 while loading and 504 past `timeout` (the worker's result is then
    /// dropped; a job still queued is skipped).
    func check(_ job: CheckJob, timeout: Duration) async -> Result<FileResult, ServiceError> {
        switch state {
        case .loading: return .failure(.loading)
        case .failed(let message): return .failure(ServiceError(.serviceUnavailable, "not_ready", message))
        case .ready: break
        }
        let reply = Reply()
        let timer = Task {
            try? await Task.sleep(for: timeout)
            if !Task.isCancelled { reply.finish(.failure(.timeout(timeout))) }
        }
        let result = await withCheckedContinuation { continuation in
            reply.attach(continuation)
            condition.lock()
            queue.append((job, reply))
            condition.signal()
            condition.unlock()
        }
        timer.cancel()
        return result
    }

    /// Resumes its continuation exactly once: with the worker's result or the timer's timeout, whichever is first.
    final class Reply: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Result<FileResult, ServiceError>, Never>?
        private var pending: Result<FileResult, ServiceError>?
        private var finished = false

        var isFinished: Bool {
            lock.lock()
            defer { lock.unlock() }
            return finished
        }

        func attach(_ continuation: CheckedContinuation<Result<FileResult, ServiceError>, Never>) {
            lock.lock()
            if let pending {
                lock.unlock()
                continuation.resume(returning: pending)
                return
            }
            self.continuation = continuation
            lock.unlock()
        }

        func finish(_ result: Result<FileResult, ServiceError>) {
            lock.lock()
            guard !finished else { lock.unlock(); return }
            finished = true
            if let continuation {
                self.continuation = nil
                lock.unlock()
                continuation.resume(returning: result)
            } else {
                pending = result
                lock.unlock()
            }
        }
    }
}
