;;; emacs-session.el --- one batch Emacs session against the documented eglot recipe  -*- lexical-binding: t; -*-
;; Loaded after the recipe (emacs --batch -Q -l RECIPE -l this).  Opens a survey like a user would, reads the
;; flymake diagnostics eglot made, hovers a heading, applies a quick fix from eglot's code-action menu and
;; writes what it saw as JSON to $RUS_OUTPUT.  Every wait is a bounded poll.  Batch Emacs has no command loop
;; and is never idle, so the session runs the hooks and the idle work the command loop would run.
;; Inputs (environment): RUS_CLIENT (eglot or lsp-mode), RUS_SURVEY_FILE, RUS_OUTPUT, RUS_HOVER_LINE (1-based),
;; RUS_FIX_LINE, RUS_FIX_COLUMN, RUS_FIX_TITLE.
(require 'json)
(require 'cl-lib)

(defvar rus-session-out nil)
(defvar rus-session-lsp-mode (string= (getenv "RUS_CLIENT") "lsp-mode"))

(defun rus-session-idle ()
  "Run the idle timers, as the command loop would once Emacs is idle (lsp-mode starts and reports from them)."
  (when rus-session-lsp-mode
    (dolist (timer (copy-sequence timer-idle-list)) (timer-event-handler timer))))
(defun rus-session-put (key value) (setq rus-session-out (append rus-session-out (list (cons key value)))))

(defun rus-session-wait (seconds predicate)
  "Run the event loop until PREDICATE holds or SECONDS pass; return whether it held."
  (let ((deadline (+ (float-time) seconds)) held)
    (while (and (not (setq held (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.02)
      (rus-session-idle))
    (and held t)))

(defun rus-session-diagnostics ()
  (let ((list (mapcar (lambda (diag)
                        (let* ((beg (flymake-diagnostic-beg diag))
                               (end (flymake-diagnostic-end diag))
                               (lsp (if rus-session-lsp-mode
                                        (rus-session-lsp-mode-diagnostic beg (flymake-diagnostic-text diag))
                                      (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag))))))
                          `((line . ,(1- (line-number-at-pos beg)))
                            (column . ,(save-excursion (goto-char beg) (- beg (line-beginning-position))))
                            (endLine . ,(1- (line-number-at-pos end)))
                            (endColumn . ,(save-excursion (goto-char end) (- end (line-beginning-position))))
                            (type . ,(symbol-name (flymake-diagnostic-type diag)))
                            (code . ,(plist-get lsp :code))
                            (message . ,(plist-get lsp :message))
                            (text . ,(flymake-diagnostic-text diag)))))
                      (flymake-diagnostics))))
    (vconcat (sort list (lambda (a b)
                          (let ((la (alist-get 'line a)) (lb (alist-get 'line b))
                                (ca (alist-get 'column a)) (cb (alist-get 'column b)))
                            (or (< la lb) (and (= la lb) (or (< ca cb) (and (= ca cb) (string< (alist-get 'message a) (alist-get 'message b))))))))))))

(defun rus-session-lsp-mode-diagnostic (beg text)
  "The LSP diagnostic lsp-mode holds for the flymake one at BEG with TEXT, as a plist (lsp-mode keeps no link)."
  (let ((line (1- (line-number-at-pos beg))))
    (cl-loop for d in (gethash (lsp--fix-path-casing buffer-file-name) (lsp-diagnostics t))
             when (and (= line (gethash "line" (gethash "start" (gethash "range" d))))
                       (string-match-p (regexp-quote (gethash "message" d)) text))
             return (list :code (gethash "code" d) :message (gethash "message" d)))))

(defun rus-session-connected-p ()
  (if rus-session-lsp-mode
      (and (bound-and-true-p lsp-mode) (lsp-workspaces)
           (eq (lsp--workspace-status (car (lsp-workspaces))) 'initialized))
    (bound-and-true-p eglot--managed-mode)))

(defun rus-session-hover ()
  (if rus-session-lsp-mode
      (let ((hover (lsp-request "textDocument/hover" (lsp--text-document-position-params))))
        (and hover (gethash "value" (gethash "contents" hover))))
    (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams))))
      (plist-get (plist-get hover :contents) :value))))

(defun rus-session-goto (line column)
  (goto-char (point-min))
  (forward-line (1- line))
  (forward-char column))

(defun rus-session-run ()
  (when rus-session-lsp-mode
    ;; A user answers lsp-mode's "import project root?" once; the session registers the folder instead.
    (setq lsp-session-file (expand-file-name ".lsp-session" (getenv "HOME")))
    (lsp-workspace-folders-add (file-name-directory (getenv "RUS_SURVEY_FILE")))
    ;; Mode-line and header-line decorations fail in batch Emacs (no display); they are not what is tested.
    (setq lsp-modeline-workspace-status-enable nil lsp-modeline-code-actions-enable nil
          lsp-modeline-diagnostics-enable nil lsp-headerline-breadcrumb-enable nil lsp-enable-snippet nil))
  (find-file (getenv "RUS_SURVEY_FILE"))
  (rus-session-put 'mode (symbol-name major-mode))
  ;; The end of the find-file command: eglot-ensure connects from post-command-hook.
  (run-hooks 'post-command-hook)
  (rus-session-put 'managed (rus-session-wait 20 #'rus-session-connected-p))
  (unless rus-session-lsp-mode
    (rus-session-put 'server (and (eglot-current-server) (process-command (jsonrpc--process (eglot-current-server))))))
  ;; Flymake starts its first check after the command that turned it on.
  (run-hooks 'post-command-hook)
  (rus-session-idle)
  (flymake-start)
  (unless (rus-session-wait 30 (lambda () (flymake-diagnostics)))
    (error "No diagnostics within 30 s"))
  (rus-session-put 'diagnostics (rus-session-diagnostics))

  (rus-session-goto (string-to-number (getenv "RUS_HOVER_LINE")) 4)
  (rus-session-put 'hover (rus-session-hover))

  (let ((title (getenv "RUS_FIX_TITLE")))
    (when (and title (not (string= title "")))
      ;; On a word: eglot 1.9 asks for the actions of the sexp at point, and of the whole buffer where there is none.
      (rus-session-goto (string-to-number (getenv "RUS_FIX_LINE")) (string-to-number (getenv "RUS_FIX_COLUMN")))
      (let ((tick (buffer-chars-modified-tick))
            offered chosen before)
        ;; eglot's menu is a completing-read (a keyboard event, not a mouse click, opened it).
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt collection &rest _)
                     (dolist (item collection)
                       (push (car item) offered)
                       (when (and (not chosen) (string-suffix-p title (car item))) (setq chosen (car item))))
                     chosen)))
          (let ((last-nonmenu-event ?\r))
            (call-interactively (if rus-session-lsp-mode #'lsp-execute-code-action #'eglot-code-actions))))
        (rus-session-put 'offered (vconcat (nreverse offered)))
        (rus-session-put 'chosen chosen)
        (rus-session-put 'fixApplied (/= tick (buffer-chars-modified-tick)))
        (rus-session-put 'textAfterFix (buffer-substring-no-properties (point-min) (point-max)))
        ;; Flymake's markers moved with the edit; new diagnostics are what the server publishes next.
        (setq before (json-encode (rus-session-diagnostics)))
        ;; What eglot sends once Emacs is idle after the edit (lsp-mode sends it at once).
        (unless rus-session-lsp-mode (eglot--signal-textDocument/didChange))
        (run-hooks 'post-command-hook)
        (rus-session-put 'revalidated (rus-session-wait 10 (lambda () (not (string= before (json-encode (rus-session-diagnostics)))))))
        (rus-session-put 'diagnosticsAfterFix (rus-session-diagnostics))))))

(condition-case err
    ;; A loaded 2-core CI machine: give each request more than jsonrpc's default 10 s.
    (let ((jsonrpc-default-request-timeout 30))
      (rus-session-run))
  (error (rus-session-put 'error (error-message-string err))))
(with-temp-file (getenv "RUS_OUTPUT")
  (insert (json-encode rus-session-out)))
(kill-emacs 0)
