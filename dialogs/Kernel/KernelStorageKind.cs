namespace LeftBehind.Dialogs.Kernel;

public enum KernelStorageKind
{
    Database,
    Memory,
}
