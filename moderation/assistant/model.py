"""The assistant's classifier: logistic regression over named features, in plain Python.

Why hand-written and not a library (measured on the generated set of
``benchmarks/bench_assistant.py``, 6,000 comments, half to train; see the commit
that added it for the figures): scikit-learn with numpy and scipy installs
300 MB and takes about a second to import, for no better precision/recall on
these features; underthesea-core's ``TextClassifier`` (4.4 MB, Rust) is text-only
(no author history or signals) and its preprocessing removes links, the best spam
signal, and it cannot say which terms weighed. A logistic regression over a few
thousand named features is 150 lines, trains in seconds, scores 10,000
comments in well under the 2 s budget, and its weights *are* the explanation.

Training: stochastic gradient descent with per-feature step sizes (AdaGrad)
and L2 shrinkage, classes weighted to count equally, a fixed seed so the same
decisions give the same model. Features seen in fewer than two comments are
dropped. The suggested threshold is the one with the best F1 on a fifth of the
training comments held out, before the final model is fitted on them all.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

DEFAULT_THRESHOLD = 0.5
EPOCHS = 6
LEARNING_RATE = 0.5
L2 = 1e-5
MIN_FEATURE_COUNT = 2
SEED = 20240518


@dataclass(frozen=True)
class Example:
    """One training comment: its features, and whether it was rejected (spam, trash, abuse)."""

    features: Mapping[str, float]
    rejected: bool


@dataclass
class Model:
    """A trained classifier: weights by feature name, a bias and a suggested threshold."""

    weights: dict[str, float]
    bias: float = 0.0
    threshold: float = DEFAULT_THRESHOLD
    counts: dict[str, int] = field(default_factory=dict)  # examples per class trained on

    def margin(self, features: Mapping[str, float]) -> float:
        """The linear score before the logistic function."""
        scale = _scale(features)
        weights = self.weights
        return self.bias + scale * sum(
            weights.get(name, 0.0) * value for name, value in features.items()
        )

    def score(self, features: Mapping[str, float]) -> float:
        """How likely the comment is one not to publish, from 0 to 1."""
        return _sigmoid(self.margin(features))

    def contributions(self, features: Mapping[str, float]) -> list[tuple[str, float]]:
        """Each known feature's push on the score, strongest first (positive: reject)."""
        scale = _scale(features)
        pushes = [
            (name, self.weights[name] * value * scale)
            for name, value in features.items()
            if name in self.weights
        ]
        pushes.sort(key=lambda item: abs(item[1]), reverse=True)
        return pushes


def _scale(features: Mapping[str, float]) -> float:
    return 1.0 / math.sqrt(len(features)) if features else 1.0


def _sigmoid(margin: float) -> float:
    if margin >= 0:
        return 1.0 / (1.0 + math.exp(-margin))
    exp = math.exp(margin)
    return exp / (1.0 + exp)


def _vocabulary(examples: Iterable[Example]) -> set[str]:
    seen: Counter[str] = Counter()
    for example in examples:
        seen.update(example.features.keys())
    return {name for name, count in seen.items() if count >= MIN_FEATURE_COUNT}


def fit(examples: Sequence[Example], *, epochs: int = EPOCHS, seed: int = SEED) -> Model:
    """A model fitted on *examples* (both classes must be present), threshold 0.5."""
    vocabulary = _vocabulary(examples)
    rejected = sum(1 for e in examples if e.rejected)
    kept = len(examples) - rejected
    if not rejected or not kept:
        raise ValueError("both classes are needed to train")
    class_weight = {True: len(examples) / (2 * rejected), False: len(examples) / (2 * kept)}
    rows = [
        ({n: v for n, v in e.features.items() if n in vocabulary}, e.rejected) for e in examples
    ]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias = 0.0
    bias_square = 1e-8
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _epoch in range(epochs):
        rng.shuffle(order)
        for index in order:
            features, label = rows[index]
            scale = _scale(features)
            margin = bias + scale * sum(weights.get(n, 0.0) * v for n, v in features.items())
            error = (_sigmoid(margin) - (1.0 if label else 0.0)) * class_weight[label]
            bias_square += error * error
            bias -= LEARNING_RATE * error / math.sqrt(bias_square)
            for name, value in features.items():
                gradient = error * value * scale + L2 * weights.get(name, 0.0)
                total = squares.get(name, 1e-8) + gradient * gradient
                squares[name] = total
                weights[name] = weights.get(name, 0.0) - LEARNING_RATE * gradient / math.sqrt(total)
    weights = {name: round(w, 5) for name, w in weights.items() if abs(w) >= 1e-4}
    return Model(weights, round(bias, 5), DEFAULT_THRESHOLD, {"approve": kept, "reject": rejected})


def best_threshold(scores: Sequence[float], rejected: Sequence[bool]) -> float:
    """The threshold with the best F1 on these scores (ties: the middle one of the best)."""
    best: list[float] = []
    best_f1 = -1.0
    for step in range(10, 91):
        threshold = step / 100
        f1 = round(Quality.count(scores, rejected, threshold).f1, 6)
        if f1 > best_f1:
            best, best_f1 = [threshold], f1
        elif f1 == best_f1:
            best.append(threshold)
    return best[len(best) // 2] if best else DEFAULT_THRESHOLD


def _both_classes(examples: Sequence[Example]) -> bool:
    return any(e.rejected for e in examples) and not all(e.rejected for e in examples)


def train(examples: Sequence[Example], *, seed: int = SEED) -> Model:
    """A model fitted on *examples*, with its threshold chosen on a held-out fifth."""
    rng = random.Random(seed)
    held = {index for index in range(len(examples)) if rng.random() < 0.2}
    fitting = [e for i, e in enumerate(examples) if i not in held]
    holdout = [e for i, e in enumerate(examples) if i in held]
    threshold = DEFAULT_THRESHOLD
    if _both_classes(holdout) and _both_classes(fitting):
        first = fit(fitting, seed=seed)
        threshold = best_threshold(
            [first.score(e.features) for e in holdout], [e.rejected for e in holdout]
        )
    model = fit(examples, seed=seed)
    model.threshold = threshold
    return model


@dataclass(frozen=True)
class Quality:
    """The confusion table at one threshold, and precision and recall of "not to publish"."""

    true_positive: int
    false_positive: int
    false_negative: int
    true_negative: int

    @classmethod
    def count(cls, scores: Sequence[float], rejected: Sequence[bool], threshold: float) -> Quality:
        """Count predictions (score ≥ *threshold* means "not to publish") against the truth."""
        tp = fp = fn = tn = 0
        for score, truth in zip(scores, rejected, strict=True):
            predicted = score >= threshold
            if predicted and truth:
                tp += 1
            elif predicted:
                fp += 1
            elif truth:
                fn += 1
            else:
                tn += 1
        return cls(tp, fp, fn, tn)

    @property
    def precision(self) -> float:
        """Of the comments flagged "not to publish", the share that were."""
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 0.0

    @property
    def recall(self) -> float:
        """Of the comments not to publish, the share flagged."""
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0
