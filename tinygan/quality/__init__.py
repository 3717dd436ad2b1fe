"""How good is a trained generator?  FID on MNIST (or Fashion-MNIST), IS, KID, precision and
recall, the class histogram and a confidence.

The Flux tutorial judges its GAN by eye, from the sample grids.  This subpackage adds the
usual numbers, computed with a small MNIST classifier that tinygan trains itself:

1. `classifier`: a LeNet-style CNN (LeCun et al., 1998, "Gradient-based learning applied
   to document recognition") whose weights ship in `tinygan/weights/`, so scoring works
   offline; `train_classifier` rebuilds them from the recipe recorded beside them.  The
   same net trained by the same recipe on Fashion-MNIST ships beside it
   (`load_classifier(dataset="fashion-mnist")`), for FIDs on clothes;
2. `fid`: the Fréchet Inception Distance (Heusel et al., 2017, "GANs trained by a two
   time-scale update rule converge to a local Nash equilibrium", arXiv:1706.08500): fit a
   Gaussian to the features of real and of generated images and measure the distance
   between the two,

       FID = ||μ_r - μ_g||² + Tr(Σ_r + Σ_g - 2 (Σ_r Σ_g)^½),

   here with the classifier's penultimate layer (128 features) in place of Inception-v3's
   pool layer (2048 features), as is usual for MNIST: Inception was trained on photographs,
   and its weights cannot be downloaded here anyway.  FIDs from different feature
   extractors are not comparable: quote this one as "FID (tinygan MNIST classifier)" (or
   "Fashion-MNIST classifier"; `reference_features` reads either dataset's test images);
3. `metrics`: the Inception Score, KID and precision/recall on the same classifier, as
   GAN libraries (torch-fidelity, StudioGAN, clean-fid) report them beside the FID;
4. `scores`: the class histogram of the generated digits, as the classifier labels them (a
   GAN that collapses onto a few modes draws some digits far more often than others; Metz
   et al., 2017, "Unrolled generative adversarial networks", count modes the same way;
   MNIST's classes each make up about 10% of the data, so any class outside 5-15% is
   flagged), the classifier's mean confidence (its largest softmax probability: low when
   the samples look like no digit in particular), and `score_generator` /
   `score_checkpoint` / `fid_scorer`, which put these together.

The commands (`tinygan score`, `tinygan train-classifier`) are in `tinygan.cli.quality`.
Images are N×1×28×28 in [-1, 1] throughout, the range of the generator's tanh and of
`tinygan.tutorial.load_MNIST_images`.
"""
from tinygan.quality.classifier import (ARCHITECTURE, CLASSIFIER_DATASETS, DEFAULT_RECIPE,
                                        RECIPE_FILE, SHIPPED_WEIGHTS_DIR, WEIGHTS_FILE,
                                        ClassifierError, MnistClassifier, classifier_accuracy,
                                        classifier_files, classify, load_classifier,
                                        load_recipe, save_classifier, train_classifier)
from tinygan.quality.fid import (feature_statistics, fid_from_features, fid_of_images,
                                 frechet_distance, reference_features)
from tinygan.quality.metrics import (gan_metrics, inception_score, kernel_inception_distance,
                                     precision_recall)
from tinygan.quality.scores import (CLASS_SHARE_BOUNDS, class_histogram, class_report,
                                    digit_accuracy, fid_scorer,
                                    flagged_classes, format_scores, mean_confidence,
                                    score_checkpoint, score_generator)

__all__ = ["ARCHITECTURE", "CLASSIFIER_DATASETS", "DEFAULT_RECIPE", "RECIPE_FILE",
           "SHIPPED_WEIGHTS_DIR", "WEIGHTS_FILE", "ClassifierError", "MnistClassifier",
           "classifier_accuracy", "classifier_files", "classify", "load_classifier",
           "load_recipe", "save_classifier", "train_classifier", "feature_statistics",
           "fid_from_features", "fid_of_images", "frechet_distance", "reference_features",
           "CLASS_SHARE_BOUNDS", "class_histogram", "class_report", "digit_accuracy",
           "fid_scorer", "flagged_classes", "format_scores", "mean_confidence",
           "score_checkpoint", "score_generator", "gan_metrics", "inception_score",
           "kernel_inception_distance", "precision_recall"]
