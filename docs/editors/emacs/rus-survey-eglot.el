;;; rus-survey-eglot.el --- RUS survey files in Emacs with eglot  -*- lexical-binding: t; -*-

;; Emacs 28 with eglot 1.9 (Debian 12: apt install elpa-eglot) or later; Emacs 29 and later have eglot
;; built in.  Load it from init.el:
;;   (setq rus-survey-settings '(:locale "sv"))   ; optional, before loading
;;   (load "/path/to/rus-survey-eglot.el")
;; Server: `rus-survey-language-server' on PATH, or the environment variable RUS_SURVEY_LANGUAGE_SERVER.

;;; Code:

(require 'eglot)

(defvar rus-survey-language-server
  (or (getenv "RUS_SURVEY_LANGUAGE_SERVER") "rus-survey-language-server")
  "The rus-survey language server's executable.")

(defvar rus-survey-settings '(:locale "")
  "The server's `rusSurvey' settings: :locale (\"en\", \"sv\", \"\" for Emacs's), :rules, :files, :debounceMs.")

;; Survey files get a major mode of their own, derived from markdown-mode when it is installed: eglot runs
;; one server per buffer, so this keeps eglot's own (markdown-mode . marksman) entry for all other Markdown.
(defalias 'rus-survey-parent-mode (if (fboundp 'markdown-mode) 'markdown-mode 'text-mode))
(define-derived-mode rus-survey-mode rus-survey-parent-mode "Survey"
  "Major mode for RUS survey files (*.survey.md), served by rus-survey-language-server.")
(add-to-list 'auto-mode-alist '("\\.survey\\.md\\'" . rus-survey-mode))

(add-to-list 'eglot-server-programs
             `((rus-survey-mode :language-id "markdown") . (,rus-survey-language-server "--stdio")))

;; eglot offers workspace/configuration and answers it from the default value (or .dir-locals.el).
(setq-default eglot-workspace-configuration
              (plist-put (copy-sequence (default-value 'eglot-workspace-configuration))
                         :rusSurvey rus-survey-settings))

;; Start (or join) the project's server when a survey file is opened.
(add-hook 'rus-survey-mode-hook #'eglot-ensure)

(provide 'rus-survey-eglot)
;;; rus-survey-eglot.el ends here
