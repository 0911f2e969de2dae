;;; rus-survey-lsp-mode.el --- RUS survey files in Emacs with lsp-mode  -*- lexical-binding: t; -*-

;; Emacs 28 or later with lsp-mode 8 or later (Debian 12: apt install elpa-lsp-mode; or M-x package-install).
;; lsp-mode runs several servers per buffer, so rus-survey runs as an add-on beside Marksman (or any other
;; Markdown server) in *.survey.md buffers.  Load it from init.el:
;;   (setq rus-survey-locale "sv")   ; optional
;;   (load "/path/to/rus-survey-lsp-mode.el")
;; Server: `rus-survey-language-server' on PATH, or the environment variable RUS_SURVEY_LANGUAGE_SERVER.

;;; Code:

(require 'lsp-mode)
;; Diagnostics through flymake or flycheck; lsp-mode 8 does not always load this itself.
(require 'lsp-diagnostics)

(defvar rus-survey-language-server
  (or (getenv "RUS_SURVEY_LANGUAGE_SERVER") "rus-survey-language-server")
  "The rus-survey language server's executable.")

(defvar rus-survey-locale ""
  "Language of the server's messages: \"en\", \"sv\", or \"\" for Emacs's own.")

;; Answered to the server's workspace/configuration requests for the section rusSurvey.
(lsp-register-custom-settings '(("rusSurvey.locale" rus-survey-locale)))

(defun rus-survey-file-p (file-name &optional _mode)
  "Whether FILE-NAME is a survey the server should serve."
  (and file-name (string-match-p "\\.survey\\.md\\'" file-name)))

(add-to-list 'lsp-language-id-configuration '("\\.survey\\.md\\'" . "markdown"))

(lsp-register-client
 (make-lsp-client
  :new-connection (lsp-stdio-connection (lambda () (list rus-survey-language-server "--stdio")))
  :activation-fn #'rus-survey-file-p
  :add-on? t
  :server-id 'rus-survey))

;; Start lsp-mode in survey files; other Markdown stays as you have it.
(defun rus-survey-lsp-maybe-start ()
  (when (rus-survey-file-p buffer-file-name) (lsp-deferred)))
(add-hook 'find-file-hook #'rus-survey-lsp-maybe-start)

(provide 'rus-survey-lsp-mode)
;;; rus-survey-lsp-mode.el ends here
