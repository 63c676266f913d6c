"""StanceClassifier follows the scikit-learn estimator contract."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from discourse.stance import StanceClassifier, score_stance


@pytest.fixture(scope="module")
def data():
    favor = [
        "We support the sanctions on Russia.",
        "Sanctions on Russia are necessary.",
        "We call for tougher sanctions against Russia.",
        "We back the sanctions on Moscow.",
    ]
    against = [
        "We reject the sanctions on Russia.",
        "The sanctions on Russia are illegal.",
        "Lift the unilateral sanctions against Russia.",
        "We oppose sanctions on Moscow.",
    ]
    none = [
        "Sanctions on Russia were discussed.",
        "The sanctions on Russia began in 2014.",
        "Russia faces sanctions since 2014.",
        "Sanctions on Moscow were on the agenda.",
    ]
    nato_f = ["We support Ukraine's NATO membership.", "Ukraine should join NATO soon."]
    nato_a = ["NATO expansion eastward is a threat.", "We reject Ukraine joining NATO."]
    texts = favor + against + none + nato_f + nato_a
    labels = ["favor"] * 4 + ["against"] * 4 + ["none"] * 4 + ["favor"] * 2 + ["against"] * 2
    targets = ["sanctions_on_russia"] * 12 + ["ukraine_nato_membership"] * 4
    X = pd.DataFrame({"text": texts * 2, "target": targets * 2})
    y = np.array(labels * 2, dtype=object)
    groups = np.repeat(np.arange(16), 2)[np.argsort(np.tile(np.arange(16), 2), kind="stable")]
    return X, y, groups


def test_constructor_stores_parameters_only():
    clf = StanceClassifier(C=2.0, char_ngrams=None)
    assert clf.get_params()["C"] == 2.0 and clf.get_params()["char_ngrams"] is None
    assert not [k for k in vars(clf) if k.endswith("_")]
    clf.set_params(C=0.5)
    assert clf.C == 0.5
    assert clone(clf).get_params() == clf.get_params()


def test_fit_predict_proba(data):
    X, y, _ = data
    before = X.copy()
    clf = StanceClassifier(calibration_cv=2, random_state=0)
    assert clf.fit(X, y) is clf
    pd.testing.assert_frame_equal(X, before)
    assert set(clf.classes_) == {"favor", "against", "none"}
    proba = clf.predict_proba(X)
    assert proba.shape == (len(X), 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert (clf.predict(X) == y).mean() >= 0.9  # training data is learnt
    # deterministic with a fixed random_state
    np.testing.assert_allclose(clone(clf).fit(X, y).predict_proba(X), proba)


def test_errors_name_the_problem(data):
    X, y, _ = data
    with pytest.raises(TypeError, match="DataFrame"):
        StanceClassifier().fit(X["text"].tolist(), y)
    with pytest.raises(ValueError, match="'target'"):
        StanceClassifier().fit(X[["text"]], y)
    with pytest.raises(ValueError, match="two classes"):
        StanceClassifier().fit(X, ["favor"] * len(X))
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        StanceClassifier().predict(X)


def test_pipeline_gridsearch_cross_validate(data):
    X, y, groups = data
    pipe = Pipeline(
        [
            ("identity", FunctionTransformer(validate=False)),
            ("clf", StanceClassifier(calibration_cv=2, rule_features=False)),
        ]
    )
    res = cross_validate(pipe, X, y, cv=GroupKFold(n_splits=2), groups=groups, scoring="f1_macro")
    assert len(res["test_score"]) == 2 and np.all(res["test_score"] >= 0)
    grid = GridSearchCV(
        StanceClassifier(calibration_cv=2), {"C": [0.5, 4.0]}, cv=2, scoring="accuracy"
    )
    grid.fit(X, y)
    assert grid.best_params_["C"] in (0.5, 4.0)


def test_one_model_serves_several_targets(data):
    X, y, _ = data
    clf = StanceClassifier(calibration_cv=2).fit(X, y)
    probe = pd.DataFrame(
        {
            "text": ["We reject the sanctions on Russia.", "We support Ukraine's NATO membership."],
            "target": ["sanctions_on_russia", "ukraine_nato_membership"],
        }
    )
    assert clf.predict(probe).tolist() == ["against", "favor"]


def test_score_stance_with_the_model(data):
    X, y, _ = data
    clf = StanceClassifier(calibration_cv=2).fit(X, y)
    sents = pd.DataFrame(
        {"doc_id": ["a"], "sent_id": [0], "text": ["We reject the sanctions on Russia."]}
    )
    out = score_stance(sents, method="model", model=clf)
    assert out.loc[0, "target"] == "sanctions_on_russia" and out.loc[0, "method"] == "model"
    assert out.loc[0, "label"] == "against" and -1 <= out.loc[0, "score"] < 0
    assert out.loc[0, "evidence"].startswith("model: p(favor)=")


@pytest.mark.parametrize(
    "check",
    [
        "check_no_attributes_set_in_init",
        "check_parameters_default_constructible",
        "check_get_params_invariance",
        "check_set_params",
        "check_estimator_repr",
    ],
)
def test_sklearn_estimator_checks_that_apply(check):
    # the DataFrame-input estimator cannot pass the array-based checks; these ones apply
    import sklearn.utils.estimator_checks as ec

    fn = getattr(ec, check, None)
    if fn is None:
        pytest.skip(f"{check} not in this scikit-learn")
    fn("StanceClassifier", StanceClassifier())
