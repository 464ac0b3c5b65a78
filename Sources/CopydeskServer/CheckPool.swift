import CopydeskCore
import CopydeskEngine
import Foundation

/// Threads that check articles through one `LintEngine`, fed from one queue: requests wait on a continuation, so
/// checking never blocks the server's event loops. At start the engine opens one worker per thread with its
/// hunspell handles (the configuration's language and the service's others), kept for every later request.
final class CheckPool: @unchecked Sendable {
    enum State: Sendable, Equatable {
        case loading
        case ready
        /// The configuration's dictionary could not be opened: nothing can be checked.
        case failed(String)
    }

    let engine: LintEngine
    private let workers: Int
    private let languages: [String]
    private let condition = NSCondition()
    private var queue: [(LintText, Reply)] = []
    private var started = false
    private var _state = State.loading
    private var _available: [String] = []

    /// - Parameter languages: dictionaries to open at start besides the configuration's (`en_US`, `en_GB`).
    init(engine: LintEngine, workers: Int, languages: [String]) {
        self.engine = engine
        self.workers = max(1, workers)
        self.languages = languages
    }

    var state: State {
        condition.lock()
        defer { condition.unlock() }
        return _state
    }

    /// Dictionary names open on every worker (the configuration's first), once loaded.
    var available: [String] {
        condition.lock()
        defer { condition.unlock() }
        return _available
    }

    /// Opens the workers' dictionaries on a thread of its own, then starts the checking threads; `state` becomes
    /// `.ready` once all are open.
    func start() {
        condition.lock()
        guard !started else { condition.unlock(); return }
        started = true
        condition.unlock()
        let loader = Thread { [self] in
            let prepared = engine.prepare(workers: workers, languages: languages)
            if case .success = prepared {
                for index in 0..<workers {
                    let thread = Thread { [self] in work() }
                    thread.name = "copydesk-check-\(index)"
                    thread.stackSize = 8 << 20
                    thread.start()
                }
            }
            condition.lock()
            switch prepared {
            case .success(let names): _available = names; _state = .ready
            case .failure(let error): _state = .failed(error.description)
            }
            condition.unlock()
        }
        loader.start()
    }

    private func work() {
        while true {
            let (text, reply) = take()
            guard !reply.isFinished else { continue }
            reply.finish(.success(engine.check(text)))
        }
    }

    private func take() -> (LintText, Reply) {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty { condition.wait() }
        return queue.removeFirst()
    }

    /// Checks one article, or fails with 503 while loading and 504 past `timeout` (the worker's result is then
    /// dropped; a job still queued is skipped).
    func check(_ text: LintText, timeout: Duration) async -> Result<FileResult, ServiceError> {
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
            queue.append((text, reply))
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
