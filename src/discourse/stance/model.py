"""``StanceClassifier``: a target-aware scikit-learn estimator for stance.

X is a DataFrame with a ``text`` and a ``target`` column, y the labels (favor, against,
none). Features: word and character n-grams of the text (tf-idf), the target as a
one-hot feature and target x word interactions, so that one model serves several
targets; the rule scorer's label and score for the row's target are added as features
(``rule_features=True``, the default: the model learns when to trust the cues); a
logistic regression wrapped in ``CalibratedClassifierCV`` gives calibrated probabilities.

Examples
--------
>>> import pandas as pd
>>> from discourse.stance.model import StanceClassifier
>>> X = pd.DataFrame({"text": ["we support it", "we reject it"] * 6, "target": "t"})
>>> y = ["favor", "against"] * 6
>>> clf = StanceClassifier(calibration_cv=2, rule_features=False).fit(X, y)
>>> clf.predict(X.head(2)).tolist()
['favor', 'against']
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import OneHotEncoder
from sklearn.utils.validation import check_is_fitted

__all__ = ["StanceClassifier"]

_WORD = re.compile(r"\w+", re.UNICODE)


def _interactions(texts: pd.Series, targets: pd.Series) -> list[str]:
    return [
        " ".join(f"{t}__{w}" for w in _WORD.findall(str(x).lower()))
        for x, t in zip(texts, targets, strict=True)
    ]


class StanceClassifier(ClassifierMixin, BaseEstimator):
    """Target-aware stance classifier with the scikit-learn estimator API.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the logistic regression.
    word_ngrams : tuple of int
        Word n-gram range.
    char_ngrams : tuple of int or None
        Character (``char_wb``) n-gram range; None leaves them out.
    target_interactions : bool
        Add target x word features (one model, target-specific word weights).
    rule_features : bool
        Add the rule scorer's score and label for the row's target as features; rows whose
        target is not among ``targets`` get neutral values.
    targets : None or targets spec
        Targets for ``rule_features`` (see :func:`discourse.stance.load_targets`); None =
        the bundled ones.
    class_weight : "balanced" or None
    calibration_cv : int
        Folds of ``CalibratedClassifierCV`` (sigmoid); < 2 or too few examples per class
        fits the plain logistic regression.
    min_df : int
        Minimum document frequency of n-grams.
    random_state : int
        Seed for the calibration folds and the solver.

    Attributes
    ----------
    classes_ : ndarray
        Labels seen in ``fit``.
    vectorizers_ : dict
        Fitted feature extractors.
    model_ : estimator
        Fitted (calibrated) classifier.
    """

    def __init__(
        self,
        *,
        C: float = 4.0,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] | None = (2, 5),
        target_interactions: bool = True,
        rule_features: bool = True,
        targets=None,
        class_weight: str | None = "balanced",
        calibration_cv: int = 3,
        min_df: int = 1,
        random_state: int = 0,
    ):
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.target_interactions = target_interactions
        self.rule_features = rule_features
        self.targets = targets
        self.class_weight = class_weight
        self.calibration_cv = calibration_cv
        self.min_df = min_df
        self.random_state = random_state

    def _check_X(self, X) -> pd.DataFrame:
        if not isinstance(X, pd.DataFrame):
            raise TypeError(
                f"X must be a DataFrame with 'text' and 'target' columns, got {type(X).__name__}"
            )
        missing = [c for c in ("text", "target") if c not in X.columns]
        if missing:
            raise ValueError(f"X lacks column(s) {missing}; it needs 'text' and 'target'")
        return pd.DataFrame(
            {
                "text": X["text"].fillna("").astype(str).to_numpy(),
                "target": X["target"].astype(str).to_numpy(),
            }
        )

    def _rules(self, X: pd.DataFrame) -> sparse.csr_matrix:
        from discourse.stance.rules import load_cues, score_text
        from discourse.stance.targets import load_targets

        tmap = load_targets(self.targets)
        lex = load_cues()
        feats = []
        for text, tid in zip(X["text"], X["target"], strict=True):
            if tid not in tmap:
                feats.append([0.0, 0.0, 0.0, 1.0])
                continue
            label, score, _ = score_text(text, tmap[tid], lex)
            feats.append(
                [score, float(label == "favor"), float(label == "against"), float(label == "none")]
            )
        return sparse.csr_matrix(np.asarray(feats, dtype=float))

    def _transform(self, X: pd.DataFrame, fit: bool) -> sparse.csr_matrix:
        parts = []
        for name, vec in self.vectorizers_.items():
            col = (
                X[["target"]]
                if name == "target"
                else (
                    _interactions(X["text"], X["target"]) if name == "interactions" else X["text"]
                )
            )
            parts.append(vec.fit_transform(col) if fit else vec.transform(col))
        if self.rule_features:
            parts.append(self._rules(X))
        return sparse.hstack(parts).tocsr()

    def fit(self, X, y):
        """Fit on a DataFrame ``X`` (``text``, ``target``) and labels ``y``; returns self."""
        X = self._check_X(X)
        y = np.asarray(y, dtype=object)
        if len(y) != len(X):
            raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels")
        self.classes_ = np.unique(y)
        if len(self.classes_) < 2:
            raise ValueError(f"y needs at least two classes, got {list(self.classes_)}")
        self.vectorizers_ = {
            "words": TfidfVectorizer(
                ngram_range=tuple(self.word_ngrams),
                min_df=self.min_df,
                sublinear_tf=True,
                lowercase=True,
            ),
            "target": OneHotEncoder(handle_unknown="ignore"),
        }
        if self.char_ngrams is not None:
            self.vectorizers_["chars"] = TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=tuple(self.char_ngrams),
                min_df=self.min_df,
                sublinear_tf=True,
            )
        if self.target_interactions:
            self.vectorizers_["interactions"] = TfidfVectorizer(
                token_pattern=r"\S+", lowercase=False, min_df=self.min_df, sublinear_tf=True
            )
        Z = self._transform(X, fit=True)
        base = LogisticRegression(
            C=self.C, class_weight=self.class_weight, max_iter=5000, random_state=self.random_state
        )
        smallest = int(pd.Series(y).value_counts().min())
        folds = min(self.calibration_cv, smallest)
        if folds >= 2:
            cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.random_state)
            self.model_ = CalibratedClassifierCV(base, cv=cv, method="sigmoid")
        else:
            self.model_ = base
        self.model_.fit(Z, y)
        return self

    def predict_proba(self, X) -> np.ndarray:
        """Calibrated class probabilities, columns in the order of ``classes_``."""
        check_is_fitted(self, "model_")
        Z = self._transform(self._check_X(X), fit=False)
        proba = self.model_.predict_proba(Z)
        order = [list(self.model_.classes_).index(c) for c in self.classes_]
        return proba[:, order]

    def predict(self, X) -> np.ndarray:
        """Most probable label per row."""
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]
