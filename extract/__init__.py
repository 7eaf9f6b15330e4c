"""PDF -> deviation explanations. The hot modules run compiled when a build of their sources is there
(``extract.native``)."""

from extract.native import use_compiled

use_compiled()
